package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A call that fails, is cancelled, times out or is abandoned appends nothing to its conversation;
 * a store that fails is reported without losing the answer or what was stored before.
 */
class ConversationFailureTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).maxRetries(0).build();
  private final TestChatbot bot = promptfit.create(TestChatbot.class);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void close() {
    release.countDown();
    promptfit.close();
    server.close();
  }

  static Stream<org.junit.jupiter.params.provider.Arguments> apisAndShapes() {
    return ConversationWireTest.apisAndShapes();
  }

  /** A conversation holding one turn already. */
  private Conversation started(Api api) {
    Conversation conversation = Conversation.create();
    server.enqueueText("Hello.");
    bot.text(conversation, "Hi.", List.of(), CallOptions.builder().api(api).build());
    server.takeRequest();
    return conversation;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("apisAndShapes")
  void aFailedCallAppendsNothing(Api api, ChatShape shape) {
    Conversation conversation = started(api);
    server.enqueue(
        FakeResponse.textBuilder("Half an answer")
            .streamError("server_error", null, "The server had an error")
            .build());
    PromptfitException failure =
        assertThrows(
            PromptfitException.class,
            () -> shape.run(bot, conversation, "Go on.", CallOptions.builder().api(api).build()));
    assertTrue(failure.getMessage().startsWith("TestChatbot."), failure.getMessage());
    assertEquals(List.of("USER: Hi.", "ASSISTANT: Hello."), texts(conversation));

    // The next call sends the turn stored before, not the failed one.
    bot.text(conversation, "Again.", List.of(), CallOptions.builder().api(api).build());
    server.takeRequest();
    assertEquals(
        List.of("user: Hi.", "assistant: Hello.", "user: Again."),
        ConversationWireTest.dialogue(server.takeRequest()));
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aStreamClosedBeforeItsEndAppendsNothing(Api api) {
    Conversation conversation = started(api);
    server.enqueue(FakeResponse.textBuilder("one two three").afterDelta(1).await(release).build());
    try (Stream<String> deltas =
        bot.stream(conversation, "Count.", List.of(), CallOptions.builder().api(api).build())) {
      Iterator<String> it = deltas.iterator();
      assertEquals("one", it.next());
    }
    assertEquals(2, conversation.messages().size());

    server.enqueue(FakeResponse.textBuilder("one two three").afterDelta(1).await(release).build());
    try (ReplyStream events =
        bot.replyStream(conversation, "Count.", List.of(), CallOptions.builder().api(api).build())) {
      assertInstanceOf(StreamEvent.TextDelta.class, events.iterator().next());
    }
    assertEquals(2, conversation.messages().size());

    server.enqueue(FakeResponse.textBuilder("one two three").afterDelta(1).await(release).build());
    List<String> partial = new ArrayList<>();
    // findFirst abandons the rest of the stream, which therefore never completes.
    try (Stream<String> deltas =
        bot.stream(conversation, "Count.", List.of(), CallOptions.builder().api(api).build())) {
      deltas.findFirst().ifPresent(partial::add);
    }
    assertEquals(List.of("one"), partial);
    assertEquals(2, conversation.messages().size());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aCancelledSubscriptionAppendsNothing(Api api) throws InterruptedException {
    Conversation conversation = started(api);
    server.enqueue(FakeResponse.textBuilder("one two three").afterDelta(1).await(release).build());
    CountDownLatch cancelled = new CountDownLatch(1);
    bot.publisher(conversation, "Count.", List.of(), CallOptions.builder().api(api).build())
        .subscribe(
            new Flow.Subscriber<>() {
              private Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
              }

              @Override
              public void onNext(String item) {
                subscription.cancel();
                cancelled.countDown();
              }

              @Override
              public void onError(Throwable t) {}

              @Override
              public void onComplete() {}
            });
    assertTrue(cancelled.await(10, TimeUnit.SECONDS));
    release.countDown();
    // A completed turn would be appended before the subscriber hears of it; wait for the server's
    // side of the call to be over before looking.
    server.takeRequest();
    assertEquals(2, conversation.messages().size());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aCancelledFutureAndATimedOutCallAppendNothing(Api api) {
    Conversation conversation = started(api);
    server.enqueue(FakeResponse.textBuilder("Late.").await(release).build());
    CompletableFuture<String> future =
        bot.futureText(conversation, "Wait.", List.of(), CallOptions.builder().api(api).build());
    server.takeRequest();
    future.cancel(true);
    assertThrows(CancellationException.class, future::join);

    server.enqueue(FakeResponse.textBuilder("Late.").await(release).build());
    CallOptions soon = CallOptions.builder().api(api).timeout(Duration.ofMillis(200)).build();
    assertThrows(
        PromptfitTimeoutException.class, () -> bot.text(conversation, "Wait.", List.of(), soon));
    release.countDown();
    assertEquals(List.of("USER: Hi.", "ASSISTANT: Hello."), texts(conversation));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("apisAndShapes")
  void aStoreThatCannotAppendFailsTheCallWithTheAnswerAndTheTurn(Api api, ChatShape shape) {
    FlakyStore store = new FlakyStore();
    Conversation conversation = Conversation.builder().id("ticket-7").store(store).build();
    server.enqueueText("Hello.");
    bot.text(conversation, "Hi.", List.of(), CallOptions.builder().api(api).build());

    store.failAppends = true;
    server.enqueueText("The answer.");
    ConversationStoreException failure =
        assertThrows(
            ConversationStoreException.class,
            () -> shape.run(bot, conversation, "Ask.", CallOptions.builder().api(api).build()));
    assertTrue(
        failure.getMessage().startsWith("TestChatbot." + shapeMethod(shape) + ": the answer arrived,"
            + " but the store of conversation ticket-7 could not append its turn"
            + " (IllegalStateException: disk full)"),
        failure.getMessage());
    assertEquals("The answer.", failure.reply().text());
    assertEquals(
        List.of("USER: Ask.", "ASSISTANT: The answer."),
        failure.messages().stream().map(m -> m.role() + ": " + m.text()).toList());
    assertInstanceOf(IllegalStateException.class, failure.getCause());
    // What was stored before is intact, and the failed turn is not half there.
    assertEquals(List.of("USER: Hi.", "ASSISTANT: Hello."), texts(conversation));

    // Once the store works, the caller can store the turn the exception kept.
    store.failAppends = false;
    conversation.store().append(conversation.id(), failure.messages());
    assertEquals(4, conversation.messages().size());
  }

  @Test
  void aStreamDeliversItsDeltasBeforeTheStoreFailureEndsIt() {
    FlakyStore store = new FlakyStore();
    store.failAppends = true;
    Conversation conversation = Conversation.builder().store(store).build();
    server.enqueueText("one two three");
    List<String> delivered = new ArrayList<>();
    try (Stream<String> deltas = bot.stream(conversation, "Count.", List.of(), CallOptions.none())) {
      assertThrows(ConversationStoreException.class, () -> deltas.forEach(delivered::add));
    }
    assertEquals(List.of("one", " two", " three"), delivered);
  }

  @Test
  void aStoreThatCannotLoadFailsTheCallBeforeAnyRequest() {
    FlakyStore store = new FlakyStore();
    store.failLoads = true;
    Conversation conversation = Conversation.builder().id("ticket-9").store(store).build();
    PromptfitException failure =
        assertThrows(
            PromptfitException.class,
            () -> bot.text(conversation, "Hi.", List.of(), CallOptions.none()));
    assertEquals(
        "TestChatbot.text: could not load conversation ticket-9 from its store, so nothing was sent"
            + " (IllegalStateException: database down)",
        failure.getMessage());
    assertEquals(0, server.requestCount());
    assertEquals(0, store.appends.get());
  }

  @Test
  void aNullConversationIsRefusedNamingTheParameter() {
    IllegalArgumentException failure =
        assertThrows(
            IllegalArgumentException.class,
            () -> bot.text(null, "Hi.", List.of(), CallOptions.none()));
    assertEquals(
        "TestChatbot.text: parameter conversation is null; pass a Conversation, e.g."
            + " Conversation.create()",
        failure.getMessage());
    assertEquals(0, server.requestCount());
  }

  private static String shapeMethod(ChatShape shape) {
    return switch (shape) {
      case TEXT -> "text";
      case REPLY -> "reply";
      case STREAM -> "stream";
      case PUBLISHER -> "publisher";
      case REPLY_STREAM -> "replyStream";
      case FUTURE_TEXT -> "futureText";
      case FUTURE_REPLY -> "futureReply";
    };
  }

  static List<String> texts(Conversation conversation) {
    return conversation.messages().stream().map(m -> m.role() + ": " + m.text()).toList();
  }

  /** An in-memory store that fails on demand, all or nothing, as the contract asks. */
  static final class FlakyStore implements ConversationStore {
    private final ConversationStore delegate = ConversationStore.inMemory();
    final AtomicInteger appends = new AtomicInteger();
    volatile boolean failAppends;
    volatile boolean failLoads;

    @Override
    public List<ConversationMessage> load(String id) {
      if (failLoads) {
        throw new IllegalStateException("database down");
      }
      return delegate.load(id);
    }

    @Override
    public void append(String id, List<ConversationMessage> messages) {
      appends.incrementAndGet();
      if (failAppends) {
        throw new IllegalStateException("disk full");
      }
      delegate.append(id, messages);
    }
  }
}
