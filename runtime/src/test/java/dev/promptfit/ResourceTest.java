package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancellation and failure leave nothing behind (C01-C05, C10, R11, R12): after each, no connection
 * survives {@code evictAll()}, no call is running, and OkHttp reports no leaked connection after
 * garbage collection.
 */
class ResourceTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.okHttpClient(shared));

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  /** A stream that sends "Hello" and then holds the connection open until the test ends. */
  private void enqueueHeldStream(Api api) {
    String sse = api == Api.RESPONSES ? Bodies.responsesStream("Hello", " there") : Bodies.chatStream("Hello", " there");
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(new ScriptedBody().write(sse.substring(0, cut)).await(release).write(sse.substring(cut)))
            .build());
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingAStreamAfterTheFirstDeltaLeavesNothing(Api api) {
    enqueueHeldStream(api);
    try (Stream<String> deltas = served.assistant().stream("q", on(api))) {
      assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, () -> deltas.iterator().next()));
    }
    leaks.assertNothingLeft();
  }

  @Test
  void closingAReplyStreamLeavesNothing() {
    enqueueHeldStream(Api.RESPONSES);
    try (ReplyStream stream = served.assistant().replyStream("q", CallOptions.none())) {
      Iterator<StreamEvent> it = stream.iterator();
      assertEquals(new StreamEvent.TextDelta("Hello"), assertTimeoutPreemptively(GENEROUS, it::next));
    }
    leaks.assertNothingLeft();
  }

  @Test
  void cancellingASubscriptionLeavesNothing() throws Exception {
    enqueueHeldStream(Api.RESPONSES);
    CountDownLatch first = new CountDownLatch(1);
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    served.assistant()
        .publisher("q", CallOptions.none())
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(String item) {
                first.countDown();
              }

              @Override
              public void onError(Throwable t) {}

              @Override
              public void onComplete() {}
            });
    assertTrue(first.await(20, TimeUnit.SECONDS));
    subscription.get().cancel();
    leaks.assertNothingLeft();
  }

  @Test
  void cancellingAFutureWhileTheServerThinksLeavesNothing() throws Exception {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(new ScriptedBody().await(release).write(Bodies.responsesObject("late")))
            .build());
    CompletableFuture<Reply> future = served.assistant().futureReply("q", CallOptions.none());
    served.server().takeRequest(20, TimeUnit.SECONDS);
    assertTrue(future.cancel(true));
    assertThrows(CancellationException.class, future::join);
    leaks.assertNothingLeft();
  }

  @Test
  void aConsumerThatThrowsGetsItsOwnExceptionBackAndTheCallIsReleased() {
    enqueueHeldStream(Api.CHAT_COMPLETIONS);
    IllegalStateException mine = new IllegalStateException("the consumer's own failure");
    // No try-with-resources: the stream still releases its call when the consumer fails.
    Stream<String> deltas = served.assistant().stream("q", on(Api.CHAT_COMPLETIONS));
    IllegalStateException thrown =
        assertTimeoutPreemptively(
            GENEROUS,
            () ->
                assertThrows(
                    IllegalStateException.class,
                    () ->
                        deltas.forEach(
                            d -> {
                              throw mine;
                            })));
    assertSame(mine, thrown, "the consumer's exception is rethrown unchanged");
    assertEquals(0, thrown.getSuppressed().length);
    leaks.assertNothingLeft();
  }

  @Test
  void aSubscriberThatThrowsIsCancelledAndTheCallReleased() throws Exception {
    enqueueHeldStream(Api.RESPONSES);
    IllegalStateException mine = new IllegalStateException("subscriber bug");
    AtomicReference<Throwable> error = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    served.assistant()
        .publisher("q", CallOptions.none())
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(String item) {
                throw mine;
              }

              @Override
              public void onError(Throwable t) {
                error.set(t);
                done.countDown();
              }

              @Override
              public void onComplete() {
                done.countDown();
              }
            });
    assertTrue(done.await(20, TimeUnit.SECONDS));
    assertSame(mine, error.get());
    leaks.assertNothingLeft();
  }

  @Test
  void errorsAndRetriesLeaveNothing() {
    // R11: the failed attempts' responses are closed before the retry.
    Promptfit fast =
        served.builder().okHttpClient(shared).retryClock((d, c) -> false, Clock.systemUTC()).build();
    served.server().enqueue(new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"a\"}}").build());
    served.server().enqueue(new MockResponse.Builder().code(503).body("<html>busy</html>").build());
    served.server().enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("ok")).build());
    assertEquals("ok", fast.create(TestAssistant.class).text("q", CallOptions.none()));
    leaks.assertNothingLeft();
    fast.close();
  }

  @Test
  void cancellingDuringTheBackoffWaitSendsNoFurtherRequestAndEndsAtOnce() throws Exception {
    // R12, with the real sleeper's semantics: the wait ends when the call is cancelled.
    CountDownLatch waiting = new CountDownLatch(1);
    Promptfit slow = waitingUntilCancelled(waiting);
    served.server().enqueue(new MockResponse.Builder().code(429).addHeader("retry-after", "30").body("{}").build());
    CompletableFuture<String> future = slow.create(TestAssistant.class).futureText("q", CallOptions.none());
    assertTrue(waiting.await(20, TimeUnit.SECONDS), "no backoff wait began");
    assertTrue(future.cancel(true));
    assertThrows(CancellationException.class, future::join);
    assertEquals(1, served.server().getRequestCount(), "a request was sent after the cancel");
    // A stream closed during the wait ends the same way, at once.
    served.server().enqueue(new MockResponse.Builder().code(503).body("{}").build());
    CountDownLatch waiting2 = new CountDownLatch(1);
    Promptfit slow2 = waitingUntilCancelled(waiting2);
    ReplyStream stream = slow2.create(TestAssistant.class).replyStream("q", CallOptions.none());
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        stream.reply();
      } catch (Throwable t) {
        ended.set(t);
      }
    });
    reader.start();
    assertTrue(waiting2.await(20, TimeUnit.SECONDS));
    stream.close();
    reader.join(20_000);
    assertFalse(reader.isAlive());
    assertTrue(ended.get() instanceof CancellationException, String.valueOf(ended.get()));
    assertEquals(2, served.server().getRequestCount(), "a request was sent after the cancel");
    leaks.assertNothingLeft();
    slow.close();
    slow2.close();
  }

  /**
   * A client on the shared pool whose backoff wait counts {@code waiting} down and then lasts, as
   * the real sleeper's does, until the call is cancelled.
   */
  private Promptfit waitingUntilCancelled(CountDownLatch waiting) {
    Sleeper blocking =
        (delay, cancelled) -> {
          waiting.countDown();
          return cancelled.await(1, TimeUnit.MINUTES);
        };
    return served.builder().okHttpClient(shared).retryClock(blocking, Clock.systemUTC()).build();
  }

  @Test
  void closeStopsOwnThreadsButLeavesASuppliedClientRunning() throws Exception {
    // Warm up the asynchronous types so their threads exist.
    served.server().enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("a")).build());
    assertEquals("a", Shape.join(served.assistant().futureText("q", CallOptions.none())));
    assertFalse(promptfitThreads().isEmpty(), "the async executor started no thread");
    served.promptfit().close();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!promptfitThreads().isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(Set.of(), promptfitThreads(), "close() left its threads running");
    assertThrows(IllegalStateException.class, () -> Shape.join(served.assistant().futureText("q", CallOptions.none())));
    // The supplied client was not shut down: it still makes calls and pools their connections.
    served.server().enqueue(new MockResponse.Builder().body("still here").build());
    try (okhttp3.Response r = shared.newCall(new Request.Builder().url(served.server().url("/ping")).build()).execute()) {
      assertEquals("still here", r.body().string());
    }
    assertEquals(1, shared.connectionPool().idleConnectionCount(), "the shared pool was evicted");
  }

  @Test
  void closeOfAClientItBuiltEvictsItsConnections() throws Exception {
    Promptfit own = served.builder().build();
    served.server().enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("a")).build());
    assertEquals("a", own.create(TestAssistant.class).text("q", CallOptions.none()));
    own.close();
    served.server().enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("b")).build());
    // Evicted, so the next call opens a new connection: the first exchange on it.
    assertEquals("b", own.create(TestAssistant.class).text("q", CallOptions.none()));
    served.server().takeRequest();
    assertEquals(0, served.server().takeRequest().getExchangeIndex(), "the pooled connection survived close()");
  }

  private static Set<String> promptfitThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(n -> n.startsWith("promptfit-"))
        .collect(Collectors.toSet());
  }
}
