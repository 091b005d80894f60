package dev.promptfit.internal.stream;

import org.jspecify.annotations.Nullable;

/**
 * Not API. The text a stream has delivered so far, for the final reply and for a failure's partial
 * text. Return types that expose a {@code Reply} keep it whole; those that hand out deltas only keep
 * its last {@link #TAIL_CHARS} chars in a fixed ring, so a stream of any length holds bounded
 * memory. Either way every char is counted.
 */
final class ReceivedText {
  /** How much of the text a deltas-only stream keeps for its failures. */
  static final int TAIL_CHARS = 4096;

  private final @Nullable StringBuilder whole;
  private final char @Nullable [] ring;
  private int ringEnd;
  private long length;

  private ReceivedText(boolean keepWhole) {
    this.whole = keepWhole ? new StringBuilder() : null;
    this.ring = keepWhole ? null : new char[TAIL_CHARS];
  }

  /** All the text, for a return type that exposes the reply. */
  static ReceivedText whole() {
    return new ReceivedText(true);
  }

  /** Only the tail, for a return type that hands out deltas only. */
  static ReceivedText tail() {
    return new ReceivedText(false);
  }

  void append(String delta) {
    length += delta.length();
    if (whole != null) {
      whole.append(delta);
      return;
    }
    char[] chars = ring;
    int n = delta.length();
    int capacity = chars.length;
    if (n >= capacity) {
      delta.getChars(n - capacity, n, chars, 0);
      ringEnd = 0;
      return;
    }
    int first = Math.min(n, capacity - ringEnd);
    delta.getChars(0, first, chars, ringEnd);
    delta.getChars(first, n, chars, 0);
    ringEnd = (ringEnd + n) % capacity;
  }

  /** All chars delivered so far. */
  long length() {
    return length;
  }

  boolean isEmpty() {
    return length == 0;
  }

  /** The whole text; empty where only the tail is kept, as nothing reads that reply's text. */
  String wholeText() {
    return whole != null ? whole.toString() : "";
  }

  /** The text so far, or its tail, for a failure. */
  PartialText partial() {
    if (whole != null) {
      return new PartialText(whole.toString(), length);
    }
    char[] chars = ring;
    int kept = (int) Math.min(length, chars.length);
    char[] out = new char[kept];
    int start = Math.floorMod(ringEnd - kept, chars.length);
    int first = Math.min(kept, chars.length - start);
    System.arraycopy(chars, start, out, 0, first);
    System.arraycopy(chars, 0, out, first, kept - first);
    // A cut tail must not begin with the second half of a surrogate pair.
    int from = kept < length && kept > 0 && Character.isLowSurrogate(out[0]) ? 1 : 0;
    return new PartialText(new String(out, from, kept - from), length);
  }
}
