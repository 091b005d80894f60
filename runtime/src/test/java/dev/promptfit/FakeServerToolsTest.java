package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedItem;
import dev.promptfit.testing.RecordedLlmRequest;
import dev.promptfit.testing.RecordedTool;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tool rounds against {@link FakeLlmServer}, whose tool-call streams are the real services' event
 * sequences and which reads back what the client sent: every return type on both endpoints.
 */
class FakeServerToolsTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final TestTools tools = new TestTools();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final TestToolAgent agent = promptfit.create(TestToolAgent.class, tools);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  static Stream<Arguments> everyShape() {
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(api -> Stream.of(Shape.values()).map(shape -> Arguments.of(api, shape)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyShape")
  void aToolRoundThenTheAnswer(Api api, Shape shape) {
    server.enqueue(
        FakeResponse.toolCallsBuilder(
                ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}").withCallId("call_t"),
                ToolCall.of("forecast", "{\"city\":\"Paris\",\"days\":1}").withCallId("call_f"))
            .reasoning("I should look.", "gAAAA-opaque")
            .preamble("Let me check. ")
            .build());
    server.enqueueText("Warm.");

    String text = shape.run(agent, "q", CallOptions.builder().api(api).build());

    assertEquals("Let me check. Warm.", text);
    RecordedLlmRequest first = server.takeRequest();
    assertEquals(
        List.of("temperature", "forecast", "lookup", "hold", "reset"),
        first.tools().stream().map(RecordedTool::name).toList());
    assertTrue(first.tools().stream().allMatch(t -> Boolean.TRUE.equals(t.strict())), "strict");
    RecordedLlmRequest second = server.takeRequest();
    assertEquals(
        List.of(
            new RecordedItem.FunctionCallOutput("call_t", "5.5"),
            new RecordedItem.FunctionCallOutput(
                "call_f", "[{\"city\":\"Paris\",\"day\":1,\"high\":21.0}]")),
        second.toolResults());
    assertEquals(
        List.of("call_t", "call_f"),
        second.toolCalls().stream().map(RecordedItem.FunctionCall::callId).toList());
    if (api == Api.RESPONSES) {
      assertEquals("gAAAA-opaque", second.reasoningItems().get(0).encryptedContent());
    } else {
      RecordedItem.Message assistant =
          second.items().stream()
              .filter(i -> i instanceof RecordedItem.Message m && m.role().equals("assistant"))
              .map(RecordedItem.Message.class::cast)
              .findFirst()
              .orElseThrow();
      assertEquals("I should look.", assistant.reasoningContent());
      assertEquals("Let me check. ", assistant.text());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aModelThatNeverStopsCallingToolsHitsTheLimit(Api api) {
    for (int i = 0; i < 11; i++) {
      server.enqueueToolCalls(ToolCall.of("reset", "{}"));
    }

    ToolLoopException e =
        assertThrows(
            ToolLoopException.class,
            () -> agent.reply("q", CallOptions.builder().api(api).build()));

    assertEquals(10, e.rounds(), "the default limit");
    assertEquals(11, server.requestCount());
  }
}
