package dev.promptfit.testing;

import java.time.Instant;

/**
 * The identity of one answer. Ids come from the request's number on its server (1 for the first
 * request, counting every request), so the third request's response is {@code resp_00000003}:
 * stable across runs, unique within a server. {@code created} is the wall clock, as a real service
 * sends it.
 *
 * @param number the request's 1-based number on its server
 * @param created Unix seconds
 */
record ReplyIds(int number, long created) {

  static ReplyIds of(int number) {
    return new ReplyIds(number, Instant.now().getEpochSecond());
  }

  String responseId() {
    return String.format("resp_%08d", number);
  }

  String messageId() {
    return String.format("msg_%08d", number);
  }

  String chatId() {
    return String.format("chatcmpl-%08d", number);
  }

  String reasoningId() {
    return String.format("rs_%08d", number);
  }

  /** The Responses item id of the {@code index}th (0-based) function call of this answer. */
  String functionCallId(int index) {
    return String.format("fc_%08d_%d", number, index);
  }

  /** The default call id of the {@code index}th (0-based) tool call, on either endpoint. */
  String callId(int index) {
    return String.format("call_%08d_%d", number, index);
  }

  /** The {@code x-request-id} header every answer carries unless the response sets its own. */
  String requestId() {
    return String.format("req_%08d", number);
  }
}
