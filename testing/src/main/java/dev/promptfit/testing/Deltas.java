package dev.promptfit.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fake tokenizer: how a reply text is cut into stream deltas and how prompts are counted.
 * Deterministic, and shaped like real tokenizer output so clients meet leading spaces and
 * punctuation in their own deltas: {@code "Hello world!"} becomes {@code "Hello"}, {@code "
 * world"}, {@code "!"}.
 */
final class Deltas {
  /**
   * A delta is any whitespace before it plus either a run of letters, marks, digits and
   * underscores, or one other character (a code point, so an emoji is never split in half).
   */
  private static final Pattern DELTA = Pattern.compile("\\s*(?:[\\p{L}\\p{M}\\p{N}_]+|\\S)");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Deltas() {}

  /**
   * Cuts {@code text} into deltas whose concatenation is exactly {@code text}. Trailing
   * whitespace becomes a delta of its own; an empty text has none.
   */
  static List<String> split(String text) {
    List<String> deltas = new ArrayList<>();
    Matcher matcher = DELTA.matcher(text);
    int end = 0;
    while (end < text.length() && matcher.find(end) && matcher.start() == end) {
      deltas.add(matcher.group());
      end = matcher.end();
    }
    if (end < text.length()) {
      deltas.add(text.substring(end));
    }
    return deltas;
  }

  /** The number of whitespace-separated words: the fake token count of a prompt. */
  static int words(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    return WHITESPACE.split(text.strip()).length;
  }
}
