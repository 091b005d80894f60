package dev.promptfit.processor.parse;

/**
 * Why a template could not be parsed. The wording of the diagnostic lives with the other
 * messages; this only says what and where.
 *
 * @param problem what is wrong
 * @param index the position in the template source of the brace that starts the problem
 * @param text the offending placeholder as written, e.g. {@code {a-b}}; just the brace for the
 *     unbalanced cases
 */
public record TemplateError(Problem problem, int index, String text) {

  /** The kinds of syntax error a template can have. */
  public enum Problem {
    /**
     * A <code>&#123;</code> with no <code>&#125;</code> before the next <code>&#123;</code> or the
     * end.
     */
    UNCLOSED_BRACE,
    /** A {@code }} that closes nothing and is not doubled. */
    UNOPENED_BRACE,
    /** {@code {}}. */
    EMPTY_PLACEHOLDER,
    /** {@code { name }}: names are never trimmed, so a space is almost always a typo. */
    WHITESPACE_IN_PLACEHOLDER,
    /** {@code {a-b}} or {@code {"key": 1}}: not a Java identifier. */
    INVALID_NAME
  }
}
