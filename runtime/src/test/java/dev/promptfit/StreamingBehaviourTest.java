package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Streams are incremental, end at their terminal event, and cancel their call when closed. */
class StreamingBehaviourTest {
  private static final Duration GENEROUS = Duration.ofSeconds(10);
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.okHttpClient(shared));

  @AfterEach
  void stop() {
    release.countDown();
  }

  private static String[] split(String sse) {
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    return new String[] {sse.substring(0, cut), sse.substring(cut)};
  }

  private void enqueueStream(ScriptedBody body) {
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
  }

  /** Sends the event carrying "Hello", then holds the rest back until {@code release} opens. */
  private void enqueueHeldAfterHello(Api api) {
    String[] parts = split(body(api));
    enqueueStream(new ScriptedBody().write(parts[0]).await(release).write(parts[1]));
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  private static String body(Api api) {
    return api == Api.RESPONSES
        ? Bodies.responsesStream("Hello", " there", "!")
        : Bodies.chatStream("Hello", " there", "!");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void firstDeltaReachesTheCallerWhileTheServerStillPauses(Api api) {
    String[] parts = split(body(api));
    AtomicBoolean pauseOver = new AtomicBoolean();
    enqueueStream(
        new ScriptedBody()
            .write(parts[0])
            .sleep(1000)
            .run(() -> pauseOver.set(true))
            .await(release)
            .write(parts[1]));
    try (Stream<String> deltas = served.assistant().stream("q", on(api))) {
      Iterator<String> it = deltas.iterator();
      String first = assertTimeoutPreemptively(GENEROUS, it::next);
      assertEquals("Hello", first);
      assertFalse(pauseOver.get(), "the first delta arrived only after the server's pause ended");
      release.countDown();
      List<String> rest = new ArrayList<>();
      it.forEachRemaining(rest::add);
      assertEquals(List.of(" there", "!"), rest);
    }
  }

  @Test
  void publisherDeliversTheFirstDeltaBeforeTheServerContinues() throws Exception {
    enqueueHeldAfterHello(Api.RESPONSES);
    CountDownLatch first = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    List<String> got = new ArrayList<>();
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
                got.add(item);
                first.countDown();
              }

              @Override
              public void onError(Throwable t) {
                done.countDown();
              }

              @Override
              public void onComplete() {
                done.countDown();
              }
            });
    assertTrue(first.await(10, TimeUnit.SECONDS), "no delta while the server waits");
    release.countDown();
    assertTrue(done.await(10, TimeUnit.SECONDS));
    assertEquals(List.of("Hello", " there", "!"), got);
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void theTerminalEventEndsTheStreamEvenIfTheServerKeepsTheConnectionOpen(Api api) {
    enqueueStream(new ScriptedBody().write(body(api)).await(release));
    String text =
        assertTimeoutPreemptively(
            GENEROUS,
            () -> {
              try (Stream<String> deltas = served.assistant().stream("q", on(api))) {
                return deltas.collect(Collectors.joining());
              }
            });
    assertEquals("Hello there!", text);
    assertNoConnectionLeft();
  }

  @Test
  void closingAStreamCancelsTheCallAndReleasesTheConnection() {
    enqueueHeldAfterHello(Api.CHAT_COMPLETIONS);
    try (Stream<String> deltas = served.assistant().stream("q", on(Api.CHAT_COMPLETIONS))) {
      assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, () -> deltas.iterator().next()));
    }
    assertNoConnectionLeft();
  }

  @Test
  void closingAReplyStreamFromAnotherThreadEndsIterationAsACancellation() throws Exception {
    enqueueHeldAfterHello(Api.RESPONSES);
    ReplyStream stream = served.assistant().replyStream("q", CallOptions.none());
    Iterator<StreamEvent> it = stream.iterator();
    assertEquals(new StreamEvent.TextDelta("Hello"), assertTimeoutPreemptively(GENEROUS, it::next));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                it.hasNext();
              } catch (Throwable t) {
                failure.set(t);
              }
            });
    reader.start();
    Thread.sleep(100);
    stream.close();
    reader.join(10_000);
    assertFalse(reader.isAlive());
    assertTrue(failure.get() instanceof CancellationException, String.valueOf(failure.get()));
    assertNoConnectionLeft();
  }

  @Test
  void cancellingAPublisherSubscriptionCancelsTheCall() throws Exception {
    enqueueHeldAfterHello(Api.RESPONSES);
    CountDownLatch first = new CountDownLatch(1);
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    List<Object> signals = new ArrayList<>();
    served.assistant()
        .publisher("q", CallOptions.none())
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(5);
              }

              @Override
              public void onNext(String item) {
                signals.add(item);
                first.countDown();
              }

              @Override
              public void onError(Throwable t) {
                signals.add(t);
              }

              @Override
              public void onComplete() {
                signals.add("complete");
              }
            });
    assertTrue(first.await(10, TimeUnit.SECONDS));
    subscription.get().cancel();
    assertNoConnectionLeft();
    assertEquals(List.of("Hello"), signals, "nothing is signalled after cancel");
  }

  @Test
  void requestZeroIsAnError() throws Exception {
    enqueueStream(new ScriptedBody().write(body(Api.RESPONSES)));
    CountDownLatch done = new CountDownLatch(1);
    AtomicReference<Throwable> error = new AtomicReference<>();
    served.assistant()
        .publisher("q", CallOptions.none())
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                s.request(0);
              }

              @Override
              public void onNext(String item) {}

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
    assertTrue(done.await(10, TimeUnit.SECONDS));
    assertTrue(error.get() instanceof IllegalArgumentException, String.valueOf(error.get()));
  }

  @Test
  void cancellingAFutureCancelsTheCall() throws Exception {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(new ScriptedBody().await(release).write(Bodies.responsesObject("late")))
            .build());
    CompletableFuture<String> future = served.assistant().futureText("q", CallOptions.none());
    served.server().takeRequest(10, TimeUnit.SECONDS);
    assertTrue(future.cancel(true));
    assertThrows(CancellationException.class, future::join);
    assertNoConnectionLeft();
  }

  @Test
  void aReplyStreamCanBeIteratedOnlyOnce() {
    enqueueStream(new ScriptedBody().write(body(Api.RESPONSES)));
    try (ReplyStream stream = served.assistant().replyStream("q", CallOptions.none())) {
      List<StreamEvent> events = new ArrayList<>();
      stream.forEach(events::add);
      assertEquals(4, events.size());
      assertTrue(events.get(3) instanceof StreamEvent.Completed);
      assertEquals("Hello there!", stream.reply().text());
      assertThrows(IllegalStateException.class, stream::iterator);
    }
  }

  /** Polls briefly: a cancelled call's connection is released by the reading thread. */
  private void assertNoConnectionLeft() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    do {
      shared.connectionPool().evictAll();
      if (shared.connectionPool().connectionCount() == 0) {
        return;
      }
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
    } while (System.nanoTime() < deadline);
    assertEquals(0, shared.connectionPool().connectionCount(), "a connection was left in use");
  }
}
