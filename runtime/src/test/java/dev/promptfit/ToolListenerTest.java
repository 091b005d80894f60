package dev.promptfit;

import static dev.promptfit.ToolBodies.call;
import static dev.promptfit.ToolBodies.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Listeners hear each tool round, and each tool run on the thread that runs it, with what was sent
 * back: the result, or the error result for a call that failed or could not run.
 */
class ToolListenerTest {
  private final MockWebServer server = new MockWebServer();
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final List<Throwable> failures = new CopyOnWriteArrayList<>();
  private Promptfit promptfit;
  private TestToolAgent agent;

  @BeforeEach
  void start() throws IOException {
    server.start();
    PromptfitListener listener =
        new PromptfitListener() {
          @Override
          public void toolRoundStarted(PromptCall call, int round, int calls) {
            heard.add("round " + round + " of " + calls);
          }

          @Override
          public void toolStarted(PromptCall call, ToolExecution tool) {
            heard.add(
                "start " + tool.name() + " " + tool.callId() + " " + tool.arguments().orElse("-")
                    + (Thread.currentThread().getName().startsWith("promptfit-async") ? " (tool thread)" : ""));
          }

          @Override
          public void toolEnded(PromptCall call, ToolExecution tool, @Nullable Throwable failure) {
            heard.add("end " + tool.name() + " -> " + tool.result().orElse("-"));
            if (failure != null) {
              failures.add(failure);
            }
          }

          @Override
          public void callEnded(PromptCall call, Reply reply) {
            heard.add("ended " + reply.usage().totalTokens());
          }
        };
    promptfit =
        Promptfit.builder()
            .baseUrl(server.url("/v1/").toString())
            .listener(listener)
            .captureContent(true)
            .build();
    agent = promptfit.create(TestToolAgent.class, new TestTools());
  }

  @AfterEach
  void stop() {
    promptfit.close();
    server.close();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void eachRoundAndEachRunIsHeard(Api api) {
    server.enqueue(
        ToolBodies.response(
            api,
            false,
            round("", "", call("c1", "reset", "{}"), call("c2", "weather", "{}"))));
    server.enqueue(ToolBodies.answer(api, false, "done"));

    assertEquals("done", agent.text("q", CallOptions.builder().api(api).build()));

    assertEquals(
        List.of(
            "round 1 of 2",
            "start weather c2 {}",
            "end weather -> Error: there is no tool named \"weather\"; the tools are: temperature,"
                + " forecast, lookup, hold, reset",
            "start reset c1 {} (tool thread)",
            "end reset -> ok",
            "ended 26"),
        heard);
    ToolExecutionException unknown = assertInstanceOf(ToolExecutionException.class, failures.get(0));
    assertEquals("weather", unknown.toolName());
    assertTrue(unknown.getMessage().startsWith("TestToolAgent.text: there is no tool named"));
  }
}
