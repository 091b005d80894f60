package dev.promptfit.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * Not API. A request tag through which OkHttp's interceptor chain tells the {@link RetryingCall}
 * that an attempt's response headers arrived, before an error body is read: the wait for headers
 * is then over, so a body that stalls is not taken for headers that never came, and the status is
 * reported. It also carries why an error body was cut short. One per logical call; {@link
 * #expect} arms it for each attempt.
 */
public final class HeadersSignal {
  private volatile @Nullable Runnable onHeaders;
  private volatile @Nullable String errorBodyCut;

  /** For the next attempt: runs {@code onHeaders} when its headers arrive. */
  void expect(Runnable onHeaders) {
    this.errorBodyCut = null;
    this.onHeaders = onHeaders;
  }

  /** The current attempt's response headers arrived. */
  void headersArrived() {
    Runnable run = onHeaders;
    if (run != null) {
      run.run();
    }
  }

  /** The current attempt's error body could not be read to its end; {@code why} says so. */
  void errorBodyCut(String why) {
    errorBodyCut = why;
  }

  /** Why the current attempt's error body was cut short, or null if it was read whole. */
  @Nullable String errorBodyCut() {
    return errorBodyCut;
  }

  @Override
  public String toString() {
    return "HeadersSignal";
  }
}
