package dev.promptfit.internal.stream;

import java.nio.charset.StandardCharsets;

/**
 * Not API. The hot path of a Responses stream: reads a {@code response.output_text.delta} event,
 * almost every event of an answer, with {@link JsonScanner} instead of a Jackson parser. Any other
 * event type, or a text delta with anything that needs more ({@code error}, {@code response}, the
 * flat error fields, a {@code type} that is not a plain string), or that the scanner does not
 * accept, is left to {@link ResponsesEvent#read}: new events are added there, in one place.
 */
final class ResponsesEventScanner {
  private static final byte[] TYPE = ascii("type");
  private static final byte[] DELTA = ascii("delta");
  private static final byte[] SEQUENCE_NUMBER = ascii("sequence_number");
  private static final byte[][] FOR_JACKSON = {
    ascii("error"), ascii("response"), ascii("message"), ascii("code"), ascii("param")
  };

  private final JsonScanner json = new JsonScanner();

  /**
   * Reads the event in {@code length} bytes of {@code bytes} into {@code event} (which must be
   * reset) and returns true, or returns false if Jackson must read it.
   */
  boolean scan(byte[] bytes, int length, ResponsesEvent event) {
    try {
      json.beginRoot(bytes, length);
      for (boolean first = true; json.nextName(first); first = false) {
        if (json.nameIs(TYPE)) {
          json.readPlainString();
          event.typed = true;
          event.kind =
              ResponsesEventKind.of(json.input(), json.stringStart(), json.stringLength());
          if (event.kind != ResponsesEventKind.TEXT_DELTA) {
            return false;
          }
        } else if (json.nameIs(DELTA)) {
          String delta = json.stringOrSkip();
          if (delta != null) {
            event.delta = delta;
          }
        } else if (json.nameIs(SEQUENCE_NUMBER)) {
          if (json.peek() == 'n') {
            return false;
          }
          int sequence = json.indexOrSkip();
          // Not an int (a fraction, a string, a long): Jackson reads it as it reads any event.
          if (sequence < 0) {
            return false;
          }
          event.sequenceNumber = sequence;
        } else if (needsJackson()) {
          return false;
        } else {
          json.skipValue();
        }
      }
      json.endRoot();
      return event.kind == ResponsesEventKind.TEXT_DELTA;
    } catch (JsonScanner.GiveUp e) {
      return false;
    }
  }

  private boolean needsJackson() {
    for (byte[] name : FOR_JACKSON) {
      if (json.nameIs(name)) {
        return true;
      }
    }
    return false;
  }

  private static byte[] ascii(String name) {
    return name.getBytes(StandardCharsets.US_ASCII);
  }
}
