package dev.promptfit.internal.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okio.AsyncTimeout;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The whole-call deadline of one prompt call ({@code callTimeout}, {@code
 * CallOptions.timeout}): one watchdog from the first request to the end of the last body, across
 * retries, their waits and every request of the turn. It lives here rather than on OkHttp's {@code
 * Call.timeout()}, which covers one attempt and is lost on {@code Call.clone()}. When it passes it
 * cancels whatever attempt is current.
 */
public final class CallDeadline {
  private final @Nullable Duration limit;
  private final @Nullable AsyncTimeout watchdog;
  private volatile boolean passed;
  private volatile @Nullable Runnable current;
  private boolean started;
  private boolean stopped;

  /** A deadline of {@code limit} from {@link #start()}, or none when {@code limit} is null. */
  public CallDeadline(@Nullable Duration limit) {
    this.limit = limit;
    this.watchdog = limit == null ? null : watchdog(limit);
  }

  private AsyncTimeout watchdog(Duration limit) {
    AsyncTimeout timeout =
        new AsyncTimeout() {
          @Override
          protected void timedOut() {
            passed = true;
            Runnable cancel = current;
            if (cancel != null) {
              cancel.run();
            }
          }
        };
    timeout.timeout(limit.toNanos(), TimeUnit.NANOSECONDS);
    return timeout;
  }

  /** The limit, if any. */
  public Optional<Duration> limit() {
    return Optional.ofNullable(limit);
  }

  /** Whether the deadline passed. */
  public boolean passed() {
    return passed;
  }

  /** Starts the clock at the call's first request; later calls do nothing. */
  public synchronized void start() {
    if (watchdog != null && !started && !stopped) {
      started = true;
      watchdog.enter();
    }
  }

  /** The call is over: stops the clock. Idempotent. */
  public synchronized void stop() {
    if (watchdog != null && started && !stopped) {
      watchdog.exit();
    }
    stopped = true;
  }

  /** What to cancel when the deadline passes: the current attempt. Runs it at once if it passed. */
  public void watch(Runnable cancelCurrent) {
    current = cancelCurrent;
    if (passed) {
      cancelCurrent.run();
    }
  }
}
