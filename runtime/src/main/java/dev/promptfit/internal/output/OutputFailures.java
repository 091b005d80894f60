package dev.promptfit.internal.output;

import dev.promptfit.OutputParseException;
import dev.promptfit.RefusalException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Builds the failures of one typed answer, so that each starts with the method's name
 * ({@code Extractor.invoice: }) and passes the client's one redactor: the message, every excerpt of
 * the answer in it, the raw text and the refusal.
 *
 * <p>Excerpts are cut from text redacted with {@link AnswerText#MARGIN} chars around them, so a key
 * that straddles an excerpt's edge is masked before the cut instead of surviving it in part.
 */
final class OutputFailures {
  /** How much of the answer an excerpt shows. */
  static final int EXCERPT_CHARS = 40;

  private final String displayName;
  private final UnaryOperator<String> redact;

  OutputFailures(String displayName, UnaryOperator<String> redact) {
    this.displayName = displayName;
    this.redact = redact;
  }

  /** {@code Iface.method: detail}, with the raw text {@code text} holds. */
  OutputParseException parse(String detail, AnswerText text) {
    String raw = redact.apply(text.keptText());
    String note = "";
    if (text.isTail()) {
      raw = JsonText.tail(raw, AnswerText.TAIL_CHARS);
      note = " (rawText() holds the last " + raw.length() + " of " + text.length() + " chars)";
    }
    return new OutputParseException(redact.apply(displayName + ": " + detail + note), raw, null);
  }

  /** {@code text} with the API key masked. */
  String redact(String text) {
    return redact.apply(text);
  }

  RefusalException refusal(String refusal) {
    String words = redact.apply(refusal);
    return new RefusalException(
        redact.apply(displayName + ": the model refused to answer: " + JsonText.quote(words, 500)),
        words);
  }

  /** An answer that ended before its JSON started: empty, blank, or (tolerant) without one. */
  String noJson(AnswerText text, OutputMode mode, String expected, @Nullable String finishReason) {
    String what =
        text.length() == 0
            ? "the answer is empty"
            : mode == OutputMode.STRICT
                ? "the answer holds only whitespace"
                : "the answer holds no JSON object";
    String found =
        text.length() == 0 || mode == OutputMode.STRICT
            ? ""
            : ": " + before(text, text.length(), EXCERPT_CHARS);
    return what + stopNote(finishReason) + "; expected " + expected + found;
  }

  /**
   * An answer that ended inside its JSON, at {@code path}: cut by the token limit if the finish
   * reason says so ({@code length}, or {@code max_output_tokens} where a Responses reason passes
   * through), else ended or stopped for the reason given.
   */
  String incomplete(AnswerText text, String path, @Nullable String finishReason) {
    String how =
        isTokenLimit(finishReason)
            ? "the answer was cut off by the output token limit (finish reason "
                + finishReason
                + ") before its JSON was complete"
            : "the answer ended before its JSON was complete" + stopNote(finishReason);
    return how
        + ", in "
        + path
        + " after "
        + text.length()
        + " chars; it ends with "
        + before(text, text.length(), EXCERPT_CHARS);
  }

  private static String stopNote(@Nullable String finishReason) {
    if (isTokenLimit(finishReason)) {
      return " (cut off by the output token limit: finish reason " + finishReason + ")";
    }
    if (finishReason == null || finishReason.isEmpty() || finishReason.equals("stop")) {
      return "";
    }
    return " (finish reason " + finishReason + ")";
  }

  private static boolean isTokenLimit(@Nullable String finishReason) {
    return "length".equals(finishReason) || "max_output_tokens".equals(finishReason);
  }

  /** Up to {@code n} chars of the text before offset {@code at}, quoted. */
  String before(AnswerText text, long at, int n) {
    String slice = safeSlice(text, at - n, at);
    StringBuilder out = new StringBuilder(slice.length() + 4).append('"');
    if (at - n > 0) {
      out.append('…');
    }
    JsonText.appendEscaped(out, slice);
    return out.append('"').toString();
  }

  /** Up to {@code n} chars of the text from offset {@code at}, quoted. */
  String from(AnswerText text, long at, int n) {
    String slice = safeSlice(text, at, at + n);
    StringBuilder out = new StringBuilder(slice.length() + 4).append('"');
    JsonText.appendEscaped(out, slice);
    if (text.length() > at + n) {
      out.append('…');
    }
    return out.append('"').toString();
  }

  /**
   * The kept text of {@code [from, to)}, redacted. Where the redactor changed the text around it,
   * the common start and end of the text before and after redaction still map exactly; a range that
   * touches the changed middle grows to cover it, so it can hold part of a mask, never part of a
   * key.
   */
  private String safeSlice(AnswerText text, long from, long to) {
    long wideFrom = Math.max(text.start(), from - AnswerText.MARGIN);
    long wideTo = Math.min(text.length(), to + AnswerText.MARGIN);
    String wide = text.slice(wideFrom, wideTo);
    int a = (int) Math.min(Math.max(from - wideFrom, 0), wide.length());
    int b = (int) Math.min(Math.max(to - wideFrom, a), wide.length());
    String redacted = redact.apply(wide);
    String slice;
    if (redacted.equals(wide)) {
      slice = wide.substring(a, b);
    } else {
      int length = wide.length();
      int newLength = redacted.length();
      int prefix = 0;
      int limit = Math.min(length, newLength);
      while (prefix < limit && wide.charAt(prefix) == redacted.charAt(prefix)) {
        prefix++;
      }
      int suffix = 0;
      while (suffix < limit - prefix
          && wide.charAt(length - 1 - suffix) == redacted.charAt(newLength - 1 - suffix)) {
        suffix++;
      }
      int ra = a <= prefix ? a : a >= length - suffix ? a - length + newLength : prefix;
      int rb = b <= prefix ? b : b >= length - suffix ? b - length + newLength : newLength - suffix;
      slice = redacted.substring(ra, Math.max(ra, rb));
    }
    return wholeChars(slice);
  }

  /** {@code text} without a surrogate half left at either end by a cut. */
  private static String wholeChars(String text) {
    int a = 0;
    int b = text.length();
    if (b > 0 && Character.isLowSurrogate(text.charAt(0))) {
      a++;
    }
    if (b > a && Character.isHighSurrogate(text.charAt(b - 1))) {
      b--;
    }
    return text.substring(a, b);
  }
}
