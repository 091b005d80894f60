package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.ConversationMessage.Role;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.RecordedItem;
import dev.promptfit.testing.RecordedLlmRequest;
import dev.promptfit.testing.RecordedPart;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Conversations on the wire, against {@link FakeLlmServer}: both endpoints times every return type
 * send the earlier turns before the new message, and store each turn when its call succeeds.
 */
class ConversationWireTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build();
  private final TestChatbot bot = promptfit.create(TestChatbot.class);

  @AfterEach
  void close() {
    promptfit.close();
    server.close();
  }

  static Stream<Arguments> apisAndShapes() {
    List<Arguments> all = new ArrayList<>();
    for (Api api : List.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)) {
      for (ChatShape shape : ChatShape.values()) {
        all.add(Arguments.of(api, shape));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("apisAndShapes")
  void threeTurnsSendTheEarlierOnesFirstAndStoreEachAnswer(Api api, ChatShape shape) {
    Conversation conversation = Conversation.create();
    CallOptions options = CallOptions.builder().api(api).build();

    server.enqueueText("Hello Ana.");
    assertEquals("Hello Ana.", shape.run(bot, conversation, "Hi, I'm Ana.", options));
    server.enqueueText("Your name is Ana.");
    assertEquals("Your name is Ana.", shape.run(bot, conversation, "What is my name?", options));
    server.enqueueText("Goodbye, Ana.");
    assertEquals("Goodbye, Ana.", shape.run(bot, conversation, "Bye!", options));

    assertEquals(List.of("user: Hi, I'm Ana."), dialogue(server.takeRequest()));
    assertEquals(
        List.of("user: Hi, I'm Ana.", "assistant: Hello Ana.", "user: What is my name?"),
        dialogue(server.takeRequest()));
    RecordedLlmRequest third = server.takeRequest();
    assertEquals(
        List.of(
            "user: Hi, I'm Ana.",
            "assistant: Hello Ana.",
            "user: What is my name?",
            "assistant: Your name is Ana.",
            "user: Bye!"),
        dialogue(third));
    // Instructions go with every call and are never stored.
    assertEquals("Be kind.", third.instructions());
    assertEquals(shape.streaming, third.stream());

    List<ConversationMessage> stored = conversation.messages();
    assertEquals(
        List.of(
            "USER: Hi, I'm Ana.",
            "ASSISTANT: Hello Ana.",
            "USER: What is my name?",
            "ASSISTANT: Your name is Ana.",
            "USER: Bye!",
            "ASSISTANT: Goodbye, Ana."),
        stored.stream().map(m -> m.role() + ": " + m.text()).toList());
    // Responses answers keep the id a later call can chain to; Chat ids cannot be chained.
    if (api == Api.RESPONSES) {
      assertEquals("resp_00000003", stored.get(5).responseId());
    } else {
      assertNull(stored.get(5).responseId());
    }
    assertEquals(3, server.requestCount());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aConversationMovesBetweenEndpointsAndKeepsItsAttachments(Api first) {
    Api second = first == Api.RESPONSES ? Api.CHAT_COMPLETIONS : Api.RESPONSES;
    Conversation conversation = Conversation.create();
    Image picture = Image.of(TestImages.png(2, 2), "image/png").detail(Image.Detail.LOW);
    Image remote = Image.url("https://example.com/cat.jpg");

    server.enqueueText("Two pictures.");
    bot.text(conversation, "What are these?", List.of(picture, remote), CallOptions.builder().api(first).build());
    server.enqueueText("A red square.");
    bot.text(conversation, "And the first?", List.of(), CallOptions.builder().api(second).build());

    server.takeRequest();
    RecordedLlmRequest later = server.takeRequest();
    RecordedItem.Message asked = (RecordedItem.Message) dialogueItems(later).get(0);
    assertEquals("What are these?", asked.text());
    List<RecordedPart> attachments = asked.attachments();
    assertEquals(2, attachments.size());
    RecordedPart.Image sent = (RecordedPart.Image) attachments.get(0);
    assertEquals(picture.url(), sent.url());
    assertEquals("low", sent.detail());
    assertEquals("https://example.com/cat.jpg", ((RecordedPart.Image) attachments.get(1)).url());
    assertTrue(later.attachments().isEmpty(), "the new message has none of its own");

    ConversationMessage stored = conversation.messages().get(0);
    assertEquals(2, stored.attachments().size());
    assertEquals(ConversationMessage.Attachment.Kind.IMAGE, stored.attachments().get(0).kind());
    assertEquals(picture.url(), stored.attachments().get(0).url());
  }

  @Test
  void maxMessagesSendsTheLatestAndTheInMemoryStoreForgetsTheRest() {
    Conversation conversation = Conversation.builder().maxMessages(3).build();
    CallOptions options = CallOptions.none();
    for (String message : List.of("one", "two", "three")) {
      bot.text(conversation, message, List.of(), options);
    }
    server.takeRequest();
    server.takeRequest();
    assertEquals(
        List.of("assistant: Echo: one", "user: two", "assistant: Echo: two", "user: three"),
        dialogue(server.takeRequest()));
    assertEquals(
        List.of(Role.ASSISTANT, Role.USER, Role.ASSISTANT),
        conversation.messages().stream().map(ConversationMessage::role).toList());
  }

  @Test
  void theStoreIsReadWhenALazyStreamStartsNotWhenItIsMade() {
    Conversation conversation = Conversation.create();
    try (Stream<String> later = bot.stream(conversation, "second", List.of(), CallOptions.none())) {
      bot.text(conversation, "first", List.of(), CallOptions.none());
      later.forEach(delta -> {});
    }
    server.takeRequest();
    assertEquals(
        List.of("user: first", "assistant: Echo: first", "user: second"),
        dialogue(server.takeRequest()));
  }

  /** The conversation a request carried, as {@code role: text}, without system messages. */
  static List<String> dialogue(RecordedLlmRequest request) {
    return dialogueItems(request).stream()
        .map(item -> (RecordedItem.Message) item)
        .map(m -> m.role() + ": " + m.text())
        .toList();
  }

  static List<RecordedItem> dialogueItems(RecordedLlmRequest request) {
    return request.items().stream()
        .filter(
            item ->
                !(item instanceof RecordedItem.Message m)
                    || !(m.role().equals("system") || m.role().equals("developer")))
        .toList();
  }
}
