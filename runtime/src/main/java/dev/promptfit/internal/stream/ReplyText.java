package dev.promptfit.internal.stream;

/**
 * Not API. The one rule for what {@code Reply.text()} holds when the model refused: the answer's
 * text, or, only when there is no answer text at all, the refusal's text, so a caller of a {@code
 * String} method sees why it got no answer. Streams deliver the refusal as {@code RefusalDelta}s as
 * it arrives; their final {@code Reply} follows the same rule as a blocking call, so both agree.
 */
final class ReplyText {
  private ReplyText() {}

  static String choose(String text, String refusal) {
    return text.isEmpty() ? refusal : text;
  }
}
