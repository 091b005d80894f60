package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The {@code Flow.Publisher<String>} honours demand exactly (Reactive Streams §3): bounded
 * requests deliver no more than asked, requests add up, an overflowing sum is unbounded, requests
 * made from inside {@code onNext} are served in order, and signals never overlap.
 */
class PublisherDemandTest {
  private static final String[] DELTAS = {"a", "b", "c", "d", "e", "f"};

  @RegisterExtension final ServedClient served = new ServedClient(b -> b);

  @BeforeEach
  void enqueueTheStream() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(Bodies.responsesStream(DELTAS))
            .build());
  }

  /** Records signals and fails the test if two of them ever overlap. */
  private static final class Recorder implements Flow.Subscriber<String> {
    final List<Object> signals = new CopyOnWriteArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    private final AtomicBoolean inside = new AtomicBoolean();
    private final Consumer<Flow.Subscription> onSubscribe;
    private final BiConsumer<Flow.Subscription, String> onNext;

    Recorder(Consumer<Flow.Subscription> onSubscribe, BiConsumer<Flow.Subscription, String> onNext) {
      this.onSubscribe = onSubscribe;
      this.onNext = onNext;
    }

    private void enter() {
      if (!inside.compareAndSet(false, true)) {
        signals.add(new AssertionError("overlapping signals"));
      }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription.set(s);
      onSubscribe.accept(s);
    }

    @Override
    public void onNext(String item) {
      enter();
      signals.add(item);
      onNext.accept(subscription.get(), item);
      inside.set(false);
    }

    @Override
    public void onError(Throwable t) {
      enter();
      signals.add(t);
      done.countDown();
    }

    @Override
    public void onComplete() {
      enter();
      signals.add("complete");
      done.countDown();
    }

    /** Waits until {@code count} signals arrived, then a little longer for any extra one. */
    List<Object> await(int count) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (signals.size() < count && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Thread.sleep(100);
      return List.copyOf(signals);
    }
  }

  @Test
  void boundedRequestsDeliverExactlyWhatWasAskedAndAddUp() throws Exception {
    Recorder r = new Recorder(s -> s.request(2), (s, item) -> {});
    served.assistant().publisher("q", CallOptions.none()).subscribe(r);
    assertEquals(List.of("a", "b"), r.await(2), "no more than requested");
    r.subscription.get().request(1);
    r.subscription.get().request(2);
    assertEquals(List.of("a", "b", "c", "d", "e"), r.await(5), "requests add up");
    // The last delta, and demand for one more, which finds the end of the stream instead.
    r.subscription.get().request(2);
    assertTrue(r.done.await(10, TimeUnit.SECONDS));
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "complete"), r.await(7));
  }

  @Test
  void anOverflowingSumOfRequestsIsUnbounded() throws Exception {
    Recorder r =
        new Recorder(
            s -> {
              s.request(Long.MAX_VALUE - 1);
              s.request(Long.MAX_VALUE);
            },
            (s, item) -> {});
    served.assistant().publisher("q", CallOptions.none()).subscribe(r);
    assertTrue(r.done.await(10, TimeUnit.SECONDS));
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "complete"), r.await(7));
  }

  @Test
  void oneAtATimeFromInsideOnNextIsServedInOrderWithoutOverlap() throws Exception {
    Recorder r = new Recorder(s -> s.request(1), (s, item) -> s.request(1));
    served.assistant().publisher("q", CallOptions.none()).subscribe(r);
    assertTrue(r.done.await(10, TimeUnit.SECONDS));
    assertEquals(List.of("a", "b", "c", "d", "e", "f", "complete"), r.await(7));
  }

  @Test
  void cancellingFromInsideOnNextStopsAtOnce() throws Exception {
    Recorder r =
        new Recorder(
            s -> s.request(Long.MAX_VALUE),
            (s, item) -> {
              if (item.equals("b")) {
                s.cancel();
              }
            });
    served.assistant().publisher("q", CallOptions.none()).subscribe(r);
    assertEquals(List.of("a", "b"), r.await(2), "nothing after cancel, not even onComplete");
    assertFalse(r.done.await(0, TimeUnit.SECONDS));
  }
}
