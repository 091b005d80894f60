package dev.promptfit.internal.http;

import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.channels.ClosedByInterruptException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Tells a failure caused by an interrupt of the calling thread from any other. OkHttp and
 * okio report one in several ways: an {@link InterruptedIOException} (okio's {@code "interrupted"}
 * before a read, HTTP/2's wait for data) that may or may not leave the thread's flag set, or an
 * {@link InterruptedException} that Kotlin code throws undeclared (waiting for a connection) with
 * the flag cleared. A {@link SocketTimeoutException} is an {@code InterruptedIOException} too, and
 * is a timeout, not an interrupt.
 */
public final class Interrupts {
  private Interrupts() {}

  /** Whether {@code failure} on this thread means the thread was interrupted. */
  public static boolean caused(@Nullable Throwable failure) {
    return Thread.currentThread().isInterrupted() || inChain(failure);
  }

  private static boolean inChain(@Nullable Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
      if (t instanceof InterruptedException || t instanceof ClosedByInterruptException) {
        return true;
      }
      if (t.getClass() == InterruptedIOException.class && "interrupted".equals(t.getMessage())) {
        return true;
      }
    }
    return false;
  }
}
