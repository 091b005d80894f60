package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code create(Class, Object...)} fails at once for tool instances that do not fit. */
class ToolInstancesTest {
  private final Promptfit promptfit = Promptfit.builder().baseUrl("http://localhost:1/v1/").build();

  @AfterEach
  void close() {
    promptfit.close();
  }

  private String failure(Class<?> service, Object... tools) {
    return assertThrows(IllegalArgumentException.class, () -> promptfit.create(service, tools))
        .getMessage();
  }

  @Test
  void aListedClassWithoutAnInstance() {
    assertEquals(
        "TestToolAgent lists tool class dev.promptfit.TestTools in @Tools, but"
            + " create(TestToolAgent.class, ...) was given no instance of it; pass one, e.g."
            + " promptfit.create(TestToolAgent.class, new TestTools(...))",
        failure(TestToolAgent.class));
  }

  @Test
  void anInstanceOfNoListedClass() {
    assertEquals(
        "create(TestToolAgent.class, ...) was given an instance of dev.promptfit.OtherTools, which"
            + " no @Tools of TestToolAgent lists (it lists: dev.promptfit.TestTools); list its class"
            + " in @Tools or leave the instance out",
        failure(TestToolAgent.class, new TestTools(), new OtherTools()));
  }

  @Test
  void instancesForAnInterfaceWithoutTools() {
    assertEquals(
        "create(TestAssistant.class, ...) was given an instance of dev.promptfit.TestTools, which"
            + " no @Tools of TestAssistant lists (it lists no tool classes); list its class in"
            + " @Tools or leave the instance out",
        failure(TestAssistant.class, new TestTools()));
  }

  @Test
  void twoInstancesOfOneClassOrANull() {
    assertEquals(
        "create(TestToolAgent.class, ...) was given 2 instances of tool class dev.promptfit.TestTools;"
            + " pass one, so every call of its tools goes to the same object",
        failure(TestToolAgent.class, new TestTools(), new TestTools()));
    assertEquals(
        "create(TestToolAgent.class, ...): tool instance 1 is null",
        failure(TestToolAgent.class, new TestTools(), null));
  }

  @Test
  void theRightInstancesMakeAClient() {
    TestToolAgent agent = promptfit.create(TestToolAgent.class, new TestTools());
    assertEquals(Promptfit_TestToolAgent.class, agent.getClass());
    assertEquals(Promptfit_TestAssistant.class, promptfit.create(TestAssistant.class).getClass());
  }

  @Test
  void builderLimitsAreChecked() {
    assertEquals(
        "maxToolRounds must be 1 or more (it counts the responses whose tool calls are run), was 0",
        assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().maxToolRounds(0))
            .getMessage());
    assertThrows(NullPointerException.class, () -> Promptfit.builder().toolErrors(null));
  }
}
