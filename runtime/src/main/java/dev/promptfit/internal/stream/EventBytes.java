package dev.promptfit.internal.stream;

import okio.Buffer;

/**
 * Not API. One event's data as a byte array, so Jackson can parse it in place, and parse it again
 * as a tree when a rare event needs one.
 *
 * <p>The array is reused while events stay small; a larger one gets its own array, so one big event
 * does not pin memory for the rest of the stream. Events larger than the {@link
 * dev.promptfit.internal.sse.SseReader}'s limit never come here: they are parsed as they arrive.
 */
final class EventBytes {
  private static final int REUSE_LIMIT = 64 * 1024;

  private byte[] scratch = new byte[1024];
  private byte[] bytes = scratch;
  private int length;

  /** Moves all of {@code data} into this holder. */
  void load(Buffer data) {
    int n = (int) data.size();
    if (n <= scratch.length) {
      bytes = scratch;
    } else if (n <= REUSE_LIMIT) {
      scratch = new byte[Math.min(REUSE_LIMIT, Math.max(n, scratch.length * 2))];
      bytes = scratch;
    } else {
      bytes = new byte[n];
    }
    int read = 0;
    while (read < n) {
      read += data.read(bytes, read, n - read);
    }
    length = n;
  }

  byte[] bytes() {
    return bytes;
  }

  int length() {
    return length;
  }

  /** True if the data is empty or only JSON whitespace: a keep-alive, not an event. */
  boolean isBlank() {
    for (int i = 0; i < length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }
}
