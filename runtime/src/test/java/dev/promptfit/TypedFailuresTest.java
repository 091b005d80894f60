package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every malformed answer ends in a named exception whose message says what was expected, where it
 * failed and what arrived, with the key redacted: never a silent null or an invented default. Under
 * {@code json_schema} nothing is asked again, so each case is one request.
 */
class TypedFailuresTest {
  private static final String KEY = "sk-typed-secret-0123456789";
  private static final String MEETING = TypedAnswersOverHttpTest.MEETING_JSON;

  private final FakeLlmServer server = new FakeLlmServer();
  private final List<Throwable> failed = new ArrayList<>();
  private final Promptfit promptfit =
      Promptfit.builder()
          .baseUrl(server.url())
          .apiKey(KEY)
          .listener(
              new PromptfitListener() {
                @Override
                public void callFailed(PromptCall call, Throwable failure) {
                  synchronized (failed) {
                    failed.add(failure);
                  }
                }
              })
          .build();
  private final TypedAssistant assistant = promptfit.create(TypedAssistant.class);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  /** An answer, and the message its failure must have after {@code TypedAssistant.meeting: }. */
  static Stream<Arguments> badAnswers() {
    List<Arguments> cases =
        List.of(
            Arguments.of(
                "prose, not JSON",
                "Sure! Here it is.",
                "expected a JSON object for TypedAssistant.Meeting at char 0, found \"Sure! Here it"
                    + " is.\""),
            Arguments.of(
                "a server that ignores the format",
                "Here is the meeting: " + MEETING,
                "expected a JSON object for TypedAssistant.Meeting at char 0, found \"Here is the"
                    + " meeting: {\\\"title\\\":\\\"Plan \\\\\\\"Q3…\""),
            Arguments.of(
                "JSON of the wrong shape",
                "{\"value\":\"HAPPY\"}",
                "TypedAssistant.Meeting.value: unknown property; TypedAssistant.Meeting has title,"
                    + " day, start, created, people, notes, mood, figure"),
            Arguments.of(
                "a value of the wrong type",
                MEETING.replace("\"age\":45", "\"age\":\"forty-five\""),
                "TypedAssistant.Meeting.people[1].age: \"forty-five\" is not an int"),
            Arguments.of(
                "a missing property",
                MEETING.replace(",\"email\":null}", "}"),
                "TypedAssistant.Meeting.people[0].email: the required property is missing (the"
                    + " schema requires every property; an empty value is written as null)"),
            Arguments.of(
                "truncated JSON",
                "{\"title\":\"x\",\"day\":",
                "the answer ended before its JSON was complete, in TypedAssistant.Meeting.day after"
                    + " 19 chars; it ends with \"{\\\"title\\\":\\\"x\\\",\\\"day\\\":\""),
            Arguments.of(
                "an extra trailing object",
                MEETING + "{\"x\":1}",
                "unexpected text after the JSON object at char 290: \"{\\\"x\\\":1}\""),
            Arguments.of(
                "an empty answer",
                "",
                "the answer is empty; expected a JSON object for TypedAssistant.Meeting"));
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(
            api -> cases.stream().map(c -> Arguments.of(api, c.get()[0], c.get()[1], c.get()[2])));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badAnswers")
  void everyBadAnswerIsANamedFailure(Api api, String what, String answer, String message) {
    server.enqueueJson(answer);

    OutputParseException e =
        assertThrows(OutputParseException.class, () -> assistant.meeting("q", on(api)));

    assertEquals("TypedAssistant.meeting: " + message, e.getMessage());
    assertEquals(answer, e.rawText());
    assertEquals(1, server.requestCount(), "json_schema answers are not asked again");
    assertEquals(List.of(e), failed, "listeners hear the typed failure as the call's");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("elementShapes")
  void aStreamDeliversTheElementsBeforeTheFailureThenFails(Api api, TypedShape.Elements shape) {
    server.enqueueJson(
        "{\"items\":[{\"name\":\"A\",\"age\":1,\"email\":null},"
            + "{\"name\":\"B\",\"age\":\"two\",\"email\":null},"
            + "{\"name\":\"C\",\"age\":3,\"email\":null}]}");

    Delivered run = Delivered.run(shape, assistant, on(api));

    assertEquals(List.of(new Person("A", 1, null)), run.elements);
    OutputParseException e = assertInstanceOf(OutputParseException.class, run.failure);
    String method = shape == TypedShape.Elements.STREAM ? "people" : "peoplePublished";
    assertEquals(
        "TypedAssistant." + method + ": TypedAssistant.Person[1].age: \"two\" is not an int",
        e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("elementShapes")
  void textAfterTheListFailsTheStreamAfterItsElements(Api api, TypedShape.Elements shape) {
    server.enqueueJson(
        "{\"items\":[{\"name\":\"A\",\"age\":1,\"email\":null}]} and one more thing");

    Delivered run = Delivered.run(shape, assistant, on(api));

    assertEquals(List.of(new Person("A", 1, null)), run.elements);
    OutputParseException e = assertInstanceOf(OutputParseException.class, run.failure);
    assertTrue(
        e.getMessage()
            .endsWith("unexpected text after the JSON object at char 46: \"and one more thing\""),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("oneValueShapes")
  void aRefusalIsARefusalException(Api api, TypedShape.OneValue shape) {
    server.enqueueRefusal("I can't help with that.");

    RefusalException e =
        assertThrows(RefusalException.class, () -> shape.run(assistant, "q", on(api)));

    assertEquals("I can't help with that.", e.refusal());
    assertTrue(
        e.getMessage()
            .matches(
                "TypedAssistant\\.meeting\\w*: the model refused to answer: \"I can't help with"
                    + " that\\.\""),
        e.getMessage());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("elementShapes")
  void aRefusedStreamIsARefusalException(Api api, TypedShape.Elements shape) {
    server.enqueueRefusal("No.");

    Delivered run = Delivered.run(shape, assistant, on(api));

    assertEquals(List.of(), run.elements);
    assertEquals("No.", assertInstanceOf(RefusalException.class, run.failure).refusal());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void anAnswerCutByTheTokenLimitSaysSo(Api api) {
    server.enqueue(
        FakeResponse.jsonBuilder("{\"title\":\"x\",\"da").finishReason("length").build());

    OutputParseException e =
        assertThrows(OutputParseException.class, () -> assistant.meeting("q", on(api)));

    assertTrue(
        e.getMessage()
            .startsWith("TypedAssistant.meeting: the answer was cut off by the output token limit"),
        e.getMessage());
    assertEquals(1, server.requestCount(), "a cut answer is not asked again");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("elementShapes")
  void aStreamCutByTheTokenLimitSaysSoAfterItsElements(Api api, TypedShape.Elements shape) {
    server.enqueue(
        FakeResponse.jsonBuilder("{\"items\":[{\"name\":\"A\",\"age\":1,\"email\":null},{\"na")
            .finishReason("length")
            .build());

    Delivered run = Delivered.run(shape, assistant, on(api));

    assertEquals(List.of(new Person("A", 1, null)), run.elements);
    OutputParseException e = assertInstanceOf(OutputParseException.class, run.failure);
    String reason = api == Api.RESPONSES ? "max_output_tokens" : "length";
    assertTrue(
        e.getMessage()
            .contains(
                ": the answer was cut off by the output token limit (finish reason "
                    + reason
                    + ") before its JSON was complete, in TypedAssistant.Person[1] after 48 chars"),
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void theKeyNeverAppearsInATypedFailure(Api api) {
    server.enqueueJson(MEETING.replace("\"age\":45", "\"age\":\"" + KEY + "\""));
    OutputParseException value =
        assertThrows(OutputParseException.class, () -> assistant.meeting("q", on(api)));
    server.enqueueJson("I was told " + KEY + ", so here: {}");
    OutputParseException prose =
        assertThrows(OutputParseException.class, () -> assistant.meeting("q", on(api)));
    server.enqueueJson("{\"items\":[{\"name\":\"" + KEY + "\",\"age\":\"" + KEY + "\"");
    Delivered stream = Delivered.run(TypedShape.Elements.STREAM, assistant, on(api));
    server.enqueueRefusal("Not with " + KEY + ".");
    RefusalException refusal =
        assertThrows(RefusalException.class, () -> assistant.meeting("q", on(api)));

    for (Throwable e : List.of(value, prose, stream.failure, refusal)) {
      assertFalse(e.getMessage().contains(KEY), e.getMessage());
      assertFalse(e.getMessage().contains(KEY.substring(0, 12)), e.getMessage());
      assertTrue(e.getMessage().contains("[redacted]"), e.getMessage());
    }
    assertFalse(value.rawText().contains(KEY));
    assertFalse(prose.rawText().contains(KEY));
    assertFalse(((OutputParseException) stream.failure).rawText().contains(KEY));
    assertFalse(refusal.refusal().contains(KEY));
  }

  static Stream<Arguments> oneValueShapes() {
    return TypedAnswersOverHttpTest.oneValueShapes();
  }

  static Stream<Arguments> elementShapes() {
    return TypedAnswersOverHttpTest.elementShapes();
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  /** What an element shape delivered, and how it ended. */
  static final class Delivered {
    final List<Person> elements = new ArrayList<>();
    Throwable failure;

    static Delivered run(TypedShape.Elements shape, TypedAssistant assistant, CallOptions o) {
      Delivered run = new Delivered();
      if (shape == TypedShape.Elements.STREAM) {
        try (Stream<Person> people = assistant.people("q", o)) {
          people.forEach(run.elements::add);
        } catch (RuntimeException e) {
          run.failure = e;
        }
      } else {
        try {
          run.elements.addAll(TypedShape.collect(assistant.peoplePublished("q", o)));
        } catch (TypedShape.Failed e) {
          e.delivered.forEach(p -> run.elements.add((Person) p));
          run.failure = e.getCause();
        }
      }
      return run;
    }
  }
}
