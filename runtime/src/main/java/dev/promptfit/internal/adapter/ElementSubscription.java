package dev.promptfit.internal.adapter;

import dev.promptfit.StreamEvent;
import dev.promptfit.internal.call.Turn;
import java.util.ArrayDeque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One subscriber's view of a turn: its elements, as the decoder completes them. A drain
 * loop on the executor reads events only while there is demand, so a slow subscriber holds back
 * the socket (TCP backpressure) rather than filling memory. Signals are serial: only one drain runs
 * at a time.
 *
 * <p>The drain settles demand once per pass rather than once per delta, and a demand of {@code
 * Long.MAX_VALUE} (Reactive Streams rule 3.17: effectively unbounded) is never counted down at all,
 * so the common "request everything" subscriber costs no atomic operation per delta.
 */
final class ElementSubscription<E> implements Flow.Subscription, Runnable {
  private final Turn turn;
  private final ElementDecoder<E> decoder;
  private final ArrayDeque<E> ready = new ArrayDeque<>(4);
  private final Flow.Subscriber<? super E> subscriber;
  private final Executor executor;
  private final AtomicLong demand = new AtomicLong();
  private final AtomicInteger wip = new AtomicInteger();
  private volatile boolean cancelled;
  private volatile @Nullable Throwable badRequest;
  private boolean done;

  ElementSubscription(
      Turn turn, ElementDecoder<E> decoder, Flow.Subscriber<? super E> subscriber, Executor executor) {
    this.turn = turn;
    this.decoder = decoder;
    this.subscriber = subscriber;
    this.executor = executor;
  }

  @Override
  public void request(long n) {
    if (n <= 0) {
      badRequest =
          new IllegalArgumentException(
              "Reactive Streams rule 3.9: request(n) needs n > 0, was " + n);
    } else {
      demand.getAndAccumulate(n, ElementSubscription::addCapped);
    }
    schedule();
  }

  /** {@code a + b}, capped at {@code Long.MAX_VALUE} (rule 3.17: demand may not overflow). */
  private static long addCapped(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  @Override
  public void cancel() {
    cancelled = true;
    turn.cancel();
    schedule();
  }

  private void schedule() {
    if (wip.getAndIncrement() == 0) {
      try {
        executor.execute(this);
      } catch (RejectedExecutionException e) {
        wip.set(0);
        fail(turn.failures().clientClosed(e));
      }
    }
  }

  @Override
  public void run() {
    int missed = 1;
    do {
      drain();
      missed = wip.addAndGet(-missed);
    } while (missed != 0);
  }

  private void drain() {
    if (done) {
      return;
    }
    if (cancelled) {
      done = true;
      turn.close();
      return;
    }
    Throwable bad = badRequest;
    if (bad != null) {
      fail(bad);
      return;
    }
    try {
      long wanted = demand.get();
      long sent = 0;
      while (!cancelled && badRequest == null) {
        if (sent == wanted) {
          // Settle what this pass delivered; a request() that raced in is seen here (or, once
          // demand is zero, by the next pass that its schedule() guarantees).
          wanted = demand.addAndGet(-sent);
          sent = 0;
          if (wanted == 0) {
            return;
          }
        }
        E element = ready.poll();
        if (element != null) {
          if (wanted != Long.MAX_VALUE) {
            sent++;
          }
          subscriber.onNext(element);
          continue;
        }
        StreamEvent event = turn.next();
        if (event == null) {
          done = true;
          try {
            turn.close();
          } finally {
            // The stream is whole: the subscriber hears so even if releasing failed (say, out of
            // memory), which then reaches fail() below as a no-op rather than a silent hang.
            subscriber.onComplete();
          }
          return;
        }
        decoder.decode(event, ready);
      }
    } catch (CancellationException e) {
      if (!cancelled) {
        fail(e);
      }
      done = true;
    } catch (Throwable t) {
      fail(t);
    }
  }

  private void fail(Throwable t) {
    if (done) {
      return;
    }
    done = true;
    try {
      turn.close();
    } finally {
      // Exactly one terminal signal, whatever releasing the call does.
      subscriber.onError(t);
    }
  }
}
