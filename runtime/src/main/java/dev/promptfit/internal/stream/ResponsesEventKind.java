package dev.promptfit.internal.stream;

/**
 * Not API. The Responses event types the decoder acts on; every other type is {@link #OTHER} and
 * ignored, so new server event types never break a stream.
 *
 * <p>Matching works on the parser's character buffer or the event's bytes, so a hot delta event
 * costs no {@code String} for its type.
 */
enum ResponsesEventKind {
  TEXT_DELTA("response.output_text.delta"),
  REASONING_SUMMARY_DELTA("response.reasoning_summary_text.delta"),
  REASONING_TEXT_DELTA("response.reasoning_text.delta"),
  REFUSAL_DELTA("response.refusal.delta"),
  COMPLETED("response.completed"),
  INCOMPLETE("response.incomplete"),
  FAILED("response.failed"),
  ERROR("error"),
  // Read only for a call that offers tools: its output items are sent back.
  OUTPUT_ITEM_ADDED("response.output_item.added"),
  OUTPUT_ITEM_DONE("response.output_item.done"),
  FUNCTION_CALL_ARGUMENTS_DELTA("response.function_call_arguments.delta"),
  FUNCTION_CALL_ARGUMENTS_DONE("response.function_call_arguments.done"),
  // Read for the response's id, which a background response is resumed and cancelled by.
  CREATED("response.created"),
  QUEUED("response.queued"),
  IN_PROGRESS("response.in_progress"),
  OTHER("");

  private static final ResponsesEventKind[] KNOWN = {
    TEXT_DELTA, REASONING_SUMMARY_DELTA, REASONING_TEXT_DELTA, REFUSAL_DELTA,
    COMPLETED, INCOMPLETE, FAILED, ERROR,
    OUTPUT_ITEM_ADDED, OUTPUT_ITEM_DONE, FUNCTION_CALL_ARGUMENTS_DELTA, FUNCTION_CALL_ARGUMENTS_DONE,
    CREATED, QUEUED, IN_PROGRESS
  };

  private final String wireName;
  private final char[] chars;

  ResponsesEventKind(String wireName) {
    this.wireName = wireName;
    this.chars = wireName.toCharArray();
  }

  /** The {@code type} as the server spells it; empty for {@link #OTHER}. */
  String wireName() {
    return wireName;
  }

  /** True for the events after which nothing more is read. */
  boolean isTerminal() {
    return this == COMPLETED || this == INCOMPLETE || this == FAILED || this == ERROR;
  }

  /** True for the events that announce the response before its output: its id is read there. */
  boolean isLifecycle() {
    return this == CREATED || this == QUEUED || this == IN_PROGRESS;
  }

  /** The kind of the type held in {@code chars[offset, offset + length)}. */
  static ResponsesEventKind of(char[] chars, int offset, int length) {
    for (ResponsesEventKind kind : KNOWN) {
      if (kind.matches(chars, offset, length)) {
        return kind;
      }
    }
    return OTHER;
  }

  /** The kind of the ASCII type held in {@code bytes[offset, offset + length)}. */
  static ResponsesEventKind of(byte[] bytes, int offset, int length) {
    for (ResponsesEventKind kind : KNOWN) {
      if (kind.matches(bytes, offset, length)) {
        return kind;
      }
    }
    return OTHER;
  }

  /** The kind of an SSE {@code event:} name. */
  static ResponsesEventKind of(String name) {
    return of(name.toCharArray(), 0, name.length());
  }

  private boolean matches(byte[] other, int offset, int length) {
    if (length != chars.length) {
      return false;
    }
    for (int i = length - 1; i >= 0; i--) {
      if (chars[i] != other[offset + i]) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(char[] other, int offset, int length) {
    if (length != chars.length) {
      return false;
    }
    for (int i = length - 1; i >= 0; i--) {
      // From the end: the known names share the "response." prefix and differ at the tail.
      if (chars[i] != other[offset + i]) {
        return false;
      }
    }
    return true;
  }
}
