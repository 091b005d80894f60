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

  /**
   * A JSON delta is a word with its leading whitespace, or a run of everything else: so the
   * structural characters around a string travel together (<code>{"</code>, {@code ":"}, {@code ","})
   * and cut across string delimiters as the real services' deltas do.
   */
  private static final Pattern JSON_DELTA =
      Pattern.compile("\\s*[\\p{L}\\p{M}\\p{N}_]+|[^\\p{L}\\p{M}\\p{N}_]+");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Deltas() {}

  /**
   * Cuts {@code text} into deltas whose concatenation is exactly {@code text}. Trailing
   * whitespace becomes a delta of its own; an empty text has none.
   */
  static List<String> split(String text) {
    return split(text, DELTA);
  }

  /**
   * Cuts JSON text (or anything else) into deltas shaped like a structured-output stream: {@code
   * {"city":"San Francisco","temp":61}} becomes <code>{"</code>, {@code city}, {@code ":"}, {@code
   * San}, {@code " Francisco"}, {@code ","}, {@code temp}, {@code ":}, {@code 61}, <code>}</code>.
   * The text need not be valid JSON; the deltas always join back to it exactly.
   */
  static List<String> splitJson(String text) {
    return split(text, JSON_DELTA);
  }

  private static List<String> split(String text, Pattern delta) {
    List<String> deltas = new ArrayList<>();
    Matcher matcher = delta.matcher(text);
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
