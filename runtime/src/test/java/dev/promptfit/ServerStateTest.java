package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.RecordedLlmRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code Conversation.serverState(true)}: chaining by previous_response_id, and the fallback. */
class ServerStateTest {
  private static final Logger LOG = Logger.getLogger("dev.promptfit.conversation");

  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).maxRetries(0).build();
  private final TestChatbot bot = promptfit.create(TestChatbot.class);
  private final List<String> logged = new ArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(record.getLevel() + " " + record.getMessage());
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level level;

  @BeforeEach
  void listen() {
    level = LOG.getLevel();
    LOG.setLevel(Level.ALL);
    LOG.setUseParentHandlers(false);
    LOG.addHandler(handler);
  }

  @AfterEach
  void close() {
    LOG.removeHandler(handler);
    LOG.setUseParentHandlers(true);
    LOG.setLevel(level);
    promptfit.close();
    server.close();
  }

  @Test
  void responsesCallsChainToTheLastAnswerAndSendOnlyTheNewMessage() {
    Conversation conversation = Conversation.builder().serverState(true).build();
    CallOptions responses = CallOptions.builder().api(Api.RESPONSES).build();
    bot.text(conversation, "Hi.", List.of(), responses);
    bot.text(conversation, "Again.", List.of(), responses);

    RecordedLlmRequest first = server.takeRequest();
    assertNull(first.previousResponseId());
    RecordedLlmRequest second = server.takeRequest();
    assertEquals("resp_00000001", second.previousResponseId());
    assertEquals(List.of("user: Again."), ConversationWireTest.dialogue(second));
    // The conversation stores every turn, so it can fall back or move to Chat at any time.
    assertEquals(4, conversation.messages().size());
    assertEquals("resp_00000002", conversation.messages().get(3).responseId());

    // Chat has no server-side state: it sends the history.
    bot.text(conversation, "On Chat.", List.of(), CallOptions.builder().api(Api.CHAT_COMPLETIONS).build());
    RecordedLlmRequest chat = server.takeRequest();
    assertEquals(5, ConversationWireTest.dialogue(chat).size());
    // And the answer after a Chat turn has no id to chain to: the history goes, in full.
    bot.text(conversation, "Back.", List.of(), responses);
    RecordedLlmRequest back = server.takeRequest();
    assertNull(back.previousResponseId());
    assertEquals(7, ConversationWireTest.dialogue(back).size());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "400 previous_response_not_found Previous response with id 'resp_00000001' not found.",
        "400 - llama.cpp does not support 'previous_response_id'.",
        "400 - Unsupported parameter: previous_response_id",
        "404 - Not Found"
      })
  void aServerWithoutStateGetsTheHistoryOnceRefusedAndFromThenOn(String refusal) {
    String[] parts = refusal.split(" ", 3);
    int status = Integer.parseInt(parts[0]);
    String code = parts[1].equals("-") ? null : parts[1];
    Conversation conversation = Conversation.builder().serverState(true).build();
    CallOptions responses = CallOptions.builder().api(Api.RESPONSES).build();
    bot.text(conversation, "Hi.", List.of(), responses);
    server.enqueueError(status, "invalid_request_error", code, parts[2]);
    assertEquals("Echo: Again.", bot.text(conversation, "Again.", List.of(), responses));

    server.takeRequest();
    assertEquals("resp_00000001", server.takeRequest().previousResponseId());
    RecordedLlmRequest resent = server.takeRequest();
    assertNull(resent.previousResponseId());
    assertEquals(
        List.of("user: Hi.", "assistant: Echo: Hi.", "user: Again."),
        ConversationWireTest.dialogue(resent));

    // The client remembers: no more previous_response_id, and no second log line.
    bot.text(conversation, "Third.", List.of(), responses);
    RecordedLlmRequest third = server.takeRequest();
    assertNull(third.previousResponseId());
    assertEquals(5, ConversationWireTest.dialogue(third).size());
    assertEquals(4, server.requestCount());
    synchronized (logged) {
      assertEquals(1, logged.size(), logged.toString());
      assertTrue(
          logged.get(0).startsWith(
              "FINE TestChatbot.text: the server keeps no response state (HTTP " + status),
          logged.get(0));
    }
    assertEquals(6, conversation.messages().size());
  }

  @Test
  void anotherFailureOfAChainedCallStands() {
    Conversation conversation = Conversation.builder().serverState(true).build();
    CallOptions responses = CallOptions.builder().api(Api.RESPONSES).build();
    bot.text(conversation, "Hi.", List.of(), responses);
    server.enqueueError(400, "invalid_request_error", "invalid_value", "Bad temperature.");
    BadRequestException failure =
        org.junit.jupiter.api.Assertions.assertThrows(
            BadRequestException.class, () -> bot.text(conversation, "Again.", List.of(), responses));
    assertTrue(failure.getMessage().contains("Bad temperature."), failure.getMessage());
    assertEquals(2, server.requestCount());
    assertEquals(2, conversation.messages().size());
    synchronized (logged) {
      assertTrue(logged.isEmpty(), logged.toString());
    }
  }
}
