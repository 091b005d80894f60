package dev.promptfit.internal.adapter;

import java.lang.ref.Cleaner;

/**
 * Not API. Releases the call of a stream its caller dropped without closing or finishing it, once
 * the garbage collector finds the stream unreachable. Until then the release action holds the
 * call, so OkHttp cannot find it leaked first: OkHttp would log the leak and then let the
 * connection, still carrying the abandoned response's unread bytes, serve another call, which
 * would read them as its status line. Cancelling closes the connection instead.
 *
 * <p>One daemon thread for the whole JVM, as OkHttp's and okio's own.
 */
final class Abandoned {
  private static final Cleaner CLEANER =
      Cleaner.create(
          runnable -> {
            Thread thread = new Thread(runnable, "Promptfit abandoned streams");
            thread.setDaemon(true);
            return thread;
          });

  private Abandoned() {}

  /**
   * Runs {@code release} when {@code owner} becomes unreachable, or when the returned action runs,
   * whichever is first; never twice. {@code release} must not refer to {@code owner}.
   */
  static Runnable releaseWhenUnreachable(Object owner, Runnable release) {
    return CLEANER.register(owner, release)::clean;
  }
}
