package dev.promptfit.internal.output;

/**
 * Not API. How exactly an answer must match its schema, which depends on whether the server
 * enforced it.
 */
public enum OutputMode {
  /**
   * The server enforced the schema ({@code json_schema} with {@code strict: true}): the answer is
   * the JSON object alone, apart from whitespace, and a property the type does not have is an
   * error, since it means the answer is not what the schema promised.
   */
  STRICT,

  /**
   * The server did not enforce the schema ({@code json_object}, or the schema only described in the
   * prompt): text before the first <code>&#123;</code> (prose, a Markdown fence) and after the
   * object's end (prose, the closing fence) is skipped, unless it starts a second object;
   * properties the type does not have are ignored; enum constants and {@code "type"} names also
   * match ignoring case. Values themselves are read as strictly as in {@link #STRICT}: no invented
   * defaults.
   */
  TOLERANT
}
