package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.RecordedItem;
import dev.promptfit.testing.RecordedLlmRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A typed answer in a conversation: the schema described in the input goes with the request, not
 * into the conversation, and a repaired answer is stored as the question and the answer that was
 * used, without the answer that was asked again.
 */
class TypedConversationTest {
  private static final String GOOD = TypedAnswersOverHttpTest.MEETING_JSON;

  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit =
      Promptfit.builder()
          .baseUrl(server.url())
          .structuredOutput(StructuredOutput.JSON_OBJECT)
          .build();
  private final TypedChat chat = promptfit.create(TypedChat.class);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void theConversationHoldsTheQuestionAndTheAnswerUsed(Api api) {
    CallOptions o = CallOptions.builder().api(api).build();
    Conversation conversation = Conversation.create();
    server.enqueueJson("not json");
    server.enqueueJson(GOOD);
    server.enqueueJson(GOOD);

    assertEquals(TypedAnswersOverHttpTest.MEETING, chat.meeting(conversation, "first", o));
    assertEquals(TypedAnswersOverHttpTest.MEETING, chat.meeting(conversation, "second", o));

    List<ConversationMessage> messages = conversation.messages();
    assertEquals(4, messages.size(), messages.toString());
    assertEquals("From: first", messages.get(0).text());
    assertEquals(GOOD, messages.get(1).text());
    assertEquals("From: second", messages.get(2).text());

    RecordedLlmRequest first = server.takeRequest();
    assertTrue(first.input().startsWith("From: first\n\nAnswer in json:"), first.input());
    RecordedLlmRequest repair = server.takeRequest();
    assertTrue(repair.input().startsWith("Your answer could not be used:"), repair.input());
    RecordedLlmRequest second = server.takeRequest();
    List<RecordedItem.Message> sent =
        second.items().stream()
            .filter(i -> i instanceof RecordedItem.Message m && !m.role().equals("system"))
            .map(i -> (RecordedItem.Message) i)
            .toList();
    assertEquals(3, sent.size(), second.body());
    assertEquals("From: first", sent.get(0).text(), "history carries no schema");
    assertEquals(GOOD, sent.get(1).text());
    assertTrue(sent.get(2).text().startsWith("From: second\n\nAnswer in json:"));
    assertFalse(second.body().contains("not json"), "the repaired answer is not history");
  }
}
