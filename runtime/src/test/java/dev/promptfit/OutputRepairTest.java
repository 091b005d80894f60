package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedItem;
import dev.promptfit.testing.RecordedLlmRequest;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Outside strict mode an answer that does not parse is asked again, with the model's answer and the
 * parser's message, as further requests of the same call; each counts in the usage. Strict answers,
 * refusals and cut answers are never repaired, and {@code outputRepairs(0)} turns repairs off.
 */
class OutputRepairTest {
  private static final String BAD =
      TypedAnswersOverHttpTest.MEETING_JSON.replace("\"age\":45", "\"age\":\"old\"");
  private static final String GOOD = TypedAnswersOverHttpTest.MEETING_JSON;

  private final FakeLlmServer server = new FakeLlmServer();
  private Promptfit promptfit;

  @AfterEach
  void close() {
    if (promptfit != null) {
      promptfit.close();
    }
    server.close();
  }

  private TypedAssistant client(UnaryOperator<Promptfit.Builder> options) {
    promptfit = options.apply(Promptfit.builder().baseUrl(server.url())).build();
    return promptfit.create(TypedAssistant.class);
  }

  static Stream<Arguments> tolerantModes() {
    return Stream.of(StructuredOutput.JSON_OBJECT, StructuredOutput.INSTRUCTIONS)
        .flatMap(
            mode ->
                Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
                    .flatMap(
                        api ->
                            Stream.of(TypedShape.OneValue.values())
                                .map(shape -> Arguments.of(mode, api, shape))));
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("tolerantModes")
  void aBadAnswerIsAskedAgainWithTheParsersMessage(
      StructuredOutput mode, Api api, TypedShape.OneValue shape) {
    TypedAssistant assistant = client(b -> b.structuredOutput(mode));
    server.enqueue(FakeResponse.jsonBuilder(BAD).usage(100, 10).build());
    server.enqueue(FakeResponse.jsonBuilder(GOOD).usage(130, 12).build());

    Result<Meeting> result = shape.run(assistant, "notes", CallOptions.builder().api(api).build());

    assertEquals(TypedAnswersOverHttpTest.MEETING, result.value());
    if (shape.hasReply()) {
      assertEquals(GOOD, result.reply().text());
      assertEquals(230, result.reply().usage().inputTokens(), "usage sums every attempt");
      assertEquals(22, result.reply().usage().outputTokens());
    }
    assertEquals(2, server.requestCount());
    RecordedLlmRequest first = server.takeRequest();
    RecordedLlmRequest repair = server.takeRequest();
    List<RecordedItem> items = repair.items();
    int n = items.size();
    RecordedItem.Message answer = (RecordedItem.Message) items.get(n - 2);
    RecordedItem.Message problem = (RecordedItem.Message) items.get(n - 1);
    assertEquals("assistant", answer.role());
    assertEquals(BAD, answer.text());
    assertEquals("user", problem.role());
    assertEquals(
        "Your answer could not be used: TypedAssistant.Meeting.people[1].age: \"old\" is not an"
            + " int\nAnswer again in json: only the JSON object, following the schema exactly.",
        problem.text());
    assertEquals(first.input(), ((RecordedItem.Message) items.get(n - 3)).text());
    assertEquals(
        first.responseFormat() == null ? null : first.responseFormat().type(),
        repair.responseFormat() == null ? null : repair.responseFormat().type());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void repairsStopAtTheLimitWithTheLastFailure(Api api) {
    TypedAssistant assistant =
        client(b -> b.structuredOutput(StructuredOutput.JSON_OBJECT).outputRepairs(2));
    server.enqueueJson("not json");
    server.enqueueJson(BAD);
    server.enqueueJson("{\"title\":1}");

    OutputParseException e =
        assertThrows(
            OutputParseException.class,
            () -> assistant.meeting("q", CallOptions.builder().api(api).build()));

    assertEquals(3, server.requestCount());
    assertEquals("{\"title\":1}", e.rawText());
    assertTrue(
        e.getMessage().startsWith("TypedAssistant.meeting: TypedAssistant.Meeting.title: 1"),
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void zeroRepairsAsksOnce(Api api) {
    TypedAssistant assistant =
        client(b -> b.structuredOutput(StructuredOutput.JSON_OBJECT).outputRepairs(0));
    server.enqueueJson(BAD);
    assertThrows(
        OutputParseException.class,
        () -> assistant.meeting("q", CallOptions.builder().api(api).build()));
    assertEquals(1, server.requestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void strictAnswersRefusalsAndCutAnswersAreNotRepaired(Api api) {
    CallOptions o = CallOptions.builder().api(api).build();
    TypedAssistant strict = client(b -> b.outputRepairs(3));
    server.enqueueJson(BAD);
    assertThrows(OutputParseException.class, () -> strict.meeting("q", o));
    assertEquals(1, server.requestCount());
    promptfit.close();

    TypedAssistant tolerant =
        client(b -> b.structuredOutput(StructuredOutput.JSON_OBJECT).outputRepairs(3));
    server.enqueueRefusal("No.");
    assertThrows(RefusalException.class, () -> tolerant.meeting("q", o));
    assertEquals(2, server.requestCount());
    server.enqueue(
        FakeResponse.jsonBuilder("{\"title\":\"x\",\"da").finishReason("length").build());
    OutputParseException cut =
        assertThrows(OutputParseException.class, () -> tolerant.meeting("q", o));
    assertTrue(cut.getMessage().contains("output token limit"), cut.getMessage());
    assertEquals(3, server.requestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void streamsAreNotRepaired(Api api) {
    TypedAssistant assistant = client(b -> b.structuredOutput(StructuredOutput.JSON_OBJECT));
    server.enqueueJson("{\"items\":[{\"name\":\"A\",\"age\":\"one\",\"email\":null}]}");

    TypedFailuresTest.Delivered run =
        TypedFailuresTest.Delivered.run(
            TypedShape.Elements.STREAM, assistant, CallOptions.builder().api(api).build());

    assertTrue(run.failure instanceof OutputParseException, String.valueOf(run.failure));
    assertEquals(1, server.requestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aTolerantAnswerSkipsProseAndFencesAndUnknownProperties(Api api) {
    TypedAssistant assistant = client(b -> b.structuredOutput(StructuredOutput.JSON_OBJECT));
    server.enqueueJson(
        "Here you go:\n```json\n"
            + GOOD.replace("\"title\":", "\"extra\":{\"a\":[1]},\"title\":")
            + "\n```");

    assertEquals(
        TypedAnswersOverHttpTest.MEETING,
        assistant.meeting("q", CallOptions.builder().api(api).build()));
    assertEquals(1, server.requestCount());
  }
}
