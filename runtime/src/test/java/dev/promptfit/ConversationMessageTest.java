package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.ConversationMessage.Attachment;
import dev.promptfit.ConversationMessage.Role;
import dev.promptfit.ConversationMessage.ToolCall;
import dev.promptfit.internal.conversation.HistoryWindow;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Stored messages: plain records a plain ObjectMapper writes and reads, checked when made, never
 * printing their content; and the window {@code maxMessages} sends.
 */
class ConversationMessageTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  static final ConversationMessage USER =
      new ConversationMessage(
          Role.USER,
          "Compare these.",
          List.of(
              new Attachment(Attachment.Kind.IMAGE, "https://example.com/a.png", "low", null),
              new Attachment(
                  Attachment.Kind.DOCUMENT, "data:application/pdf;base64,JVBERi0=", null, "a.pdf")),
          List.of(), null, List.of(), null, null, null);
  static final ConversationMessage CALLS =
      new ConversationMessage(
          Role.ASSISTANT,
          "",
          List.of(),
          List.of(new ToolCall("call_1", "lookup", "{\"q\":\"a\"}")),
          "Let me look.",
          List.of(
              "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[],\"encrypted_content\":\"gAAA\"}",
              "{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"lookup\",\"arguments\":\"{}\"}"),
          null, null, "resp_1");
  static final ConversationMessage RESULT =
      new ConversationMessage(
          Role.TOOL, "42", List.of(), List.of(), null, List.of(), "call_1", "lookup", null);

  @Test
  void aPlainObjectMapperWritesAndReadsEveryKindOfMessage() throws Exception {
    List<ConversationMessage> messages =
        List.of(USER, CALLS, RESULT, ConversationMessage.assistant("It is 42."));
    String json = PLAIN.writeValueAsString(messages);
    List<ConversationMessage> read =
        PLAIN.readValue(json, new TypeReference<List<ConversationMessage>>() {});
    assertEquals(messages, read);
    assertTrue(json.contains("\"encrypted_content\\\":\\\"gAAA\\\""), json);
  }

  @Test
  void missingFieldsReadAsEmpty() throws Exception {
    ConversationMessage read =
        PLAIN.readValue("{\"role\":\"USER\",\"text\":\"Hi\"}", ConversationMessage.class);
    assertEquals(ConversationMessage.user("Hi"), read);
    assertEquals(List.of(), read.attachments());
  }

  @Test
  void aMessageItsRoleCannotHaveIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new ConversationMessage(Role.TOOL, "42", List.of(), List.of(), null, List.of(), null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ConversationMessage(
                Role.USER, "x", List.of(), List.of(new ToolCall("c", "n", "{}")), null, List.of(),
                null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new ConversationMessage(
                Role.ASSISTANT, "x", USER.attachments(), List.of(), null, List.of(), null, null, null));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Attachment(Attachment.Kind.DOCUMENT, "https://example.com/a.pdf", null, "a.pdf"));
  }

  @Test
  void toStringShowsRolesAndSizesNeverContent() {
    String printed = List.of(USER, CALLS, RESULT).toString();
    assertFalse(printed.contains("Compare") || printed.contains("JVBER") || printed.contains("gAAA")
        || printed.contains("Let me") || printed.contains("\"q\""), printed);
    assertTrue(printed.contains("ToolCall{lookup, call_1}"), printed);
    assertTrue(printed.contains("DOCUMENT{data:application/pdf;base64,(8 chars), a.pdf}"), printed);
  }

  @Test
  void theWindowKeepsTheLatestMessagesAndNeverStartsWithAnOrphanedResult() {
    ConversationMessage question = ConversationMessage.user("q");
    ConversationMessage answer = ConversationMessage.assistant("a");
    List<ConversationMessage> all = List.of(question, CALLS, RESULT, RESULT, answer, question, answer);
    assertEquals(all, HistoryWindow.latest(all, 0));
    assertEquals(all, HistoryWindow.latest(all, 7));
    assertEquals(all.subList(1, 7), HistoryWindow.latest(all, 6));
    // Five would start with the second result, whose call is left out: both results go.
    assertEquals(all.subList(4, 7), HistoryWindow.latest(all, 5));
    assertEquals(all.subList(4, 7), HistoryWindow.latest(all, 4));
    assertEquals(all.subList(6, 7), HistoryWindow.latest(all, 1));
  }

  @Test
  void conversationsCheckTheirSettings() {
    assertThrows(IllegalArgumentException.class, () -> Conversation.builder().maxMessages(0));
    assertThrows(IllegalArgumentException.class, () -> Conversation.builder().id(" "));
    Conversation conversation = Conversation.builder().id("t-1").maxMessages(2).serverState(true).build();
    assertEquals("Conversation{id=t-1, maxMessages=2, serverState}", conversation.toString());
    assertTrue(Conversation.create().id().startsWith("conv_"));
    assertFalse(Conversation.create().id().equals(Conversation.create().id()));
  }

  @Test
  void oneInMemoryStoreSharedByTwoConversationsWithOneIdGivesThemOneHistory() {
    ConversationStore shared = ConversationStore.inMemory();
    Conversation first = Conversation.builder().id("alice").store(shared).build();
    Conversation second = Conversation.builder().id("alice").store(shared).build();
    shared.append("alice", List.of(ConversationMessage.user("hi")));
    assertEquals(first.messages(), second.messages());
    assertEquals(List.of(), Conversation.builder().id("bob").store(shared).build().messages());
  }
}
