package dev.promptfit.internal.output;

/**
 * Not API. The answer's text as far as a failure may quote it: all of it for a whole answer, or for
 * a streamed one only its end, so that memory stays bounded however long it runs. Every char is
 * counted, and offsets are absolute: char 0 is the answer's first.
 *
 * <p>A streamed answer keeps at least {@link #TAIL_CHARS} plus {@link #MARGIN} chars, so that text
 * cut from it for a message is redacted with enough around it that an API key is never cut in two
 * (a key cut in two would pass the redactor).
 */
final class AnswerText {
  /** How much of a streamed answer {@code rawText()} holds. */
  static final int TAIL_CHARS = 4096;

  /** Context kept around any cut, longer than any API key. */
  static final int MARGIN = 512;

  private static final int KEEP = TAIL_CHARS + 2 * MARGIN;

  private final boolean whole;
  private final StringBuilder kept = new StringBuilder();
  private long start;

  private AnswerText(boolean whole) {
    this.whole = whole;
  }

  /** Keeps everything: a blocking answer, held whole anyway. */
  static AnswerText whole() {
    return new AnswerText(true);
  }

  /** Keeps the end: a streamed answer. */
  static AnswerText tail() {
    return new AnswerText(false);
  }

  void append(String delta) {
    kept.append(delta);
    if (!whole && kept.length() > 2 * KEEP) {
      int drop = kept.length() - KEEP;
      kept.delete(0, drop);
      start += drop;
    }
  }

  /** Chars received in all. */
  long length() {
    return start + kept.length();
  }

  /** The first offset still kept. */
  long start() {
    return start;
  }

  /** The char at {@code offset}, which must be kept. */
  char charAt(long offset) {
    return kept.charAt((int) (offset - start));
  }

  /** The kept part of {@code [from, to)}. */
  String slice(long from, long to) {
    long end = length();
    int a = (int) (Math.max(from, start) - start);
    int b = (int) (Math.max(Math.min(to, end), start + a) - start);
    return kept.substring(a, b);
  }

  /** True if {@code rawText()} is only the end of the answer. */
  boolean isTail() {
    return start > 0 || kept.length() > TAIL_CHARS && !whole;
  }

  /** All kept text, for the redactor to see before anything is cut from it. */
  String keptText() {
    return kept.toString();
  }
}
