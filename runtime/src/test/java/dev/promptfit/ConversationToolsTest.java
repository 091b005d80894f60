package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.ConversationMessage.Role;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedItem;
import dev.promptfit.testing.RecordedLlmRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A turn with tool rounds stores the calls, their results and the reasoning that came with them,
 * verbatim, and the next turn sends them back as each endpoint wants them; a window never separates
 * a call from its results.
 */
class ConversationToolsTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final TestToolChatbot bot = promptfit.create(TestToolChatbot.class, new TestTools());

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  private void enqueueToolRound() {
    server.enqueue(
        FakeResponse.toolCallsBuilder(
                ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}")
                    .withCallId("call_t"),
                ToolCall.of("forecast", "{\"city\":\"Paris\",\"days\":1}").withCallId("call_f"))
            .reasoning("I should look.", "gAAAA-opaque")
            .preamble("Let me check. ")
            .build());
    server.enqueueText("Warm.");
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("dev.promptfit.ConversationWireTest#apisAndShapes")
  void aTurnWithToolRoundsIsStoredWholeAndSentBack(Api api, ChatShape shape) {
    Conversation conversation = Conversation.create();
    CallOptions options = CallOptions.builder().api(api).build();
    enqueueToolRound();
    assertEquals("Let me check. Warm.", shape.run(bot, conversation, "Weather?", options));

    List<ConversationMessage> stored = conversation.messages();
    assertEquals(
        List.of(Role.USER, Role.ASSISTANT, Role.TOOL, Role.TOOL, Role.ASSISTANT),
        stored.stream().map(ConversationMessage::role).toList());
    ConversationMessage calls = stored.get(1);
    assertEquals("Let me check. ", calls.text());
    assertEquals(
        List.of("call_t", "call_f"),
        calls.toolCalls().stream().map(ConversationMessage.ToolCall::callId).toList());
    assertEquals("5.5", stored.get(2).text());
    assertEquals("call_t", stored.get(2).callId());
    assertEquals("temperature", stored.get(2).toolName());
    // The final answer is the last response's own text: the round's text is stored with it.
    assertEquals("Warm.", stored.get(4).text());
    if (api == Api.RESPONSES) {
      assertTrue(calls.outputItems().get(0).contains("gAAAA-opaque"), calls.outputItems().toString());
      assertNull(calls.reasoning());
    } else {
      assertEquals("I should look.", calls.reasoning());
      assertTrue(calls.outputItems().isEmpty());
    }

    server.enqueueText("Still warm.");
    shape.run(bot, conversation, "And now?", options);
    server.takeRequest();
    server.takeRequest();
    RecordedLlmRequest next = server.takeRequest();
    assertEquals(
        List.of("call_t", "call_f"),
        next.toolCalls().stream().map(RecordedItem.FunctionCall::callId).toList());
    assertEquals(
        List.of("call_t", "call_f"),
        next.toolResults().stream().map(RecordedItem.FunctionCallOutput::callId).toList());
    if (api == Api.RESPONSES) {
      assertEquals("gAAAA-opaque", next.reasoningItems().get(0).encryptedContent());
    } else {
      RecordedItem.Message assistant =
          next.items().stream()
              .filter(i -> i instanceof RecordedItem.Message m && !m.toolCalls().isEmpty())
              .map(RecordedItem.Message.class::cast)
              .findFirst()
              .orElseThrow();
      assertEquals("I should look.", assistant.reasoningContent());
    }
    assertEquals("And now?", next.input());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aTurnStoredOnOneEndpointIsSentBackOnTheOther(Api first) {
    Api second = first == Api.RESPONSES ? Api.CHAT_COMPLETIONS : Api.RESPONSES;
    Conversation conversation = Conversation.create();
    enqueueToolRound();
    bot.text(conversation, "Weather?", List.of(), CallOptions.builder().api(first).build());
    server.enqueueText("Still warm.");
    bot.text(conversation, "And now?", List.of(), CallOptions.builder().api(second).build());
    server.takeRequest();
    server.takeRequest();
    RecordedLlmRequest next = server.takeRequest();
    assertEquals(second, next.api());
    assertEquals(
        List.of("call_t", "call_f"),
        next.toolCalls().stream().map(RecordedItem.FunctionCall::callId).toList());
    assertEquals(2, next.toolResults().size());
  }

  @Test
  void aWindowThatWouldStartWithAResultLeavesOutTheResultsOfTheCallItCut() {
    Conversation conversation = Conversation.builder().maxMessages(3).build();
    enqueueToolRound();
    bot.text(conversation, "Weather?", List.of(), CallOptions.none());
    server.enqueueText("Fine.");
    // Stored: user, calls, result, result, answer; the latest three start with a result.
    bot.text(conversation, "Thanks.", List.of(), CallOptions.none());
    server.takeRequest();
    server.takeRequest();
    RecordedLlmRequest next = server.takeRequest();
    assertTrue(next.toolResults().isEmpty(), next.items().toString());
    assertTrue(next.toolCalls().isEmpty(), next.items().toString());
    assertEquals(
        List.of("assistant: Warm.", "user: Thanks."), ConversationWireTest.dialogue(next));
  }
}
