package dev.promptfit.bench;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds every gated response after its first event until all {@code parties} of a batch have got
 * that far, then releases them together. While the gate is closed every request of the batch is
 * open at once, so the server's in-progress count reaching {@code parties} proves that the client
 * ran them all concurrently; a client with a per-host cap never gets there, and the gate opens by
 * {@link #TIMEOUT_SECONDS timeout} instead (counted, so the report shows it) rather than hanging.
 */
final class Gate {
  /** Generous: 256 requests reach a loopback server in well under a second even on 2 busy cores. */
  static final int TIMEOUT_SECONDS = 20;

  private volatile CountDownLatch latch = new CountDownLatch(0);
  private final AtomicInteger timeouts = new AtomicInteger();

  /** Closes the gate for the next batch of {@code parties} responses. */
  void arm(int parties) {
    latch = new CountDownLatch(parties);
  }

  /**
   * Called by a response after its first event is on the wire: waits until the whole batch is
   * here. On a timeout it opens the gate for everyone, late arrivals included, so a capped client
   * is slow and visibly short of the count, not stuck.
   */
  void pass() throws InterruptedException {
    CountDownLatch current = latch;
    current.countDown();
    if (!current.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      timeouts.incrementAndGet();
      while (current.getCount() > 0) {
        current.countDown();
      }
    }
  }

  /** How many responses waited in vain since start-up. */
  int timeouts() {
    return timeouts.get();
  }
}
