package dev.promptfit.internal.call;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Notices that a thread blocked reading a call was interrupted, and cancels that call. A
 * blocking socket read ignores interrupts (only its read timeout would end it, minutes later), so
 * one daemon thread looks at the readers of the open exchanges every {@link #PERIOD_MILLIS} ms
 * while there are any, and ends when there have been none for a second.
 */
final class InterruptWatch implements Runnable {
  static final InterruptWatch INSTANCE = new InterruptWatch();

  static final long PERIOD_MILLIS = 50;
  private static final int IDLE_ROUNDS = 20;

  private final Set<Exchange> watched = ConcurrentHashMap.newKeySet();
  private @Nullable Thread watcher; // guarded by this

  private InterruptWatch() {}

  /** Watches {@code exchange} until {@link #unwatch}. */
  void watch(Exchange exchange) {
    watched.add(exchange);
    synchronized (this) {
      if (watcher == null) {
        watcher = new Thread(this, "Promptfit interrupt watch");
        watcher.setDaemon(true);
        watcher.start();
      }
    }
  }

  void unwatch(Exchange exchange) {
    watched.remove(exchange);
  }

  @Override
  public void run() {
    try {
      watchWhileNeeded();
    } finally {
      // Also after an Error (out of memory, say), so that the next watch() starts a new thread.
      synchronized (this) {
        if (watcher == Thread.currentThread()) {
          watcher = null;
        }
      }
    }
  }

  private void watchWhileNeeded() {
    int idle = 0;
    while (true) {
      try {
        TimeUnit.MILLISECONDS.sleep(PERIOD_MILLIS);
      } catch (InterruptedException e) {
        // Nobody interrupts this thread; if someone does, it keeps watching.
      }
      for (Exchange exchange : watched) {
        exchange.cancelIfReaderInterrupted();
      }
      idle = watched.isEmpty() ? idle + 1 : 0;
      if (idle >= IDLE_ROUNDS) {
        synchronized (this) {
          if (watched.isEmpty()) {
            watcher = null;
            return;
          }
        }
        idle = 0;
      }
    }
  }
}
