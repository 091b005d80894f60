package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedLlmRequest;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Typed answers of methods that offer tools: only the final response is the answer (a tool round's
 * words are not parsed, even under {@code json_schema}), usage sums every response, and a request
 * with tools and {@code json_schema} turns parallel tool calls off.
 */
class TypedToolsTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final TestTools tools = new TestTools();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final TypedToolAgent agent = promptfit.create(TypedToolAgent.class, tools);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  private void enqueueToolRound() {
    server.enqueue(
        FakeResponse.toolCallsBuilder(
                ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}")
                    .withCallId("call_t"))
            .preamble("Let me check the weather first. ")
            .usage(10, 5)
            .build());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aOneValueAnswerIsTheFinalResponseAfterTheToolRounds(Api api) {
    enqueueToolRound();
    server.enqueue(
        FakeResponse.jsonBuilder(TypedAnswersOverHttpTest.MEETING_JSON).usage(20, 9).build());

    Result<Meeting> result = agent.meeting("q", CallOptions.builder().api(api).build());

    assertEquals(TypedAnswersOverHttpTest.MEETING, result.value());
    assertEquals(TypedAnswersOverHttpTest.MEETING_JSON, result.reply().text());
    assertEquals(30, result.reply().usage().inputTokens());
    assertEquals(14, result.reply().usage().outputTokens());
    assertEquals(List.of("temperature(Paris, FR)"), tools.calls);
    RecordedLlmRequest first = server.takeRequest();
    assertEquals("json_schema", first.responseFormat().type());
    assertEquals(Boolean.FALSE, first.options().get("parallel_tool_calls"));
    assertEquals(5, first.tools().size());
    RecordedLlmRequest second = server.takeRequest();
    assertEquals("json_schema", second.responseFormat().type());
    assertEquals("call_t", second.toolResults().get(0).callId());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void elementsComeFromTheFinalResponseOnly(Api api) {
    enqueueToolRound();
    server.enqueueJson(TypedAnswersOverHttpTest.PEOPLE_JSON);

    try (Stream<Person> people = agent.people("q", CallOptions.builder().api(api).build())) {
      assertEquals(TypedAnswersOverHttpTest.PEOPLE, people.toList());
    }
    assertEquals(2, server.requestCount());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void proseAsTheFinalResponseStillFails(Api api) {
    enqueueToolRound();
    server.enqueueText("It is warm in Paris.");

    OutputParseException e =
        assertThrows(
            OutputParseException.class,
            () -> {
              try (Stream<Person> people =
                  agent.people("q", CallOptions.builder().api(api).build())) {
                people.toList();
              }
            });
    assertTrue(
        e.getMessage().startsWith("TypedToolAgent.people: expected a JSON object {\"items\": ["),
        e.getMessage());
    assertEquals("It is warm in Paris.", e.rawText());
  }
}
