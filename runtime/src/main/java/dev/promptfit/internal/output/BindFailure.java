package dev.promptfit.internal.output;

/**
 * Not API. A value that does not fit its type, with a message already in user terms ({@code
 * Invoice.lines[2].quantity: "three" is not an int}). Checked, so every reader says it may fail; no
 * stack trace, since the message is all that is used.
 */
final class BindFailure extends Exception {
  private static final long serialVersionUID = 1L;

  BindFailure(String message) {
    super(message, null, false, false);
  }
}
