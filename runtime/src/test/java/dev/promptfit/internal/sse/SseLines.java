package dev.promptfit.internal.sse;

import java.nio.charset.StandardCharsets;

/** Test helper: facts about the line structure of an event stream. */
public final class SseLines {
  private SseLines() {}

  /**
   * Whether a field line may follow a data line within one event. For an event whose data is
   * large, such fields are read after the event was returned, so its type and id are those read
   * before its data (see {@link SseReader}). Errs towards true: every line starting with {@code
   * data} counts as data, every other non-comment line as a field.
   */
  public static boolean fieldAfterData(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1);
    if (text.startsWith("\u00ef\u00bb\u00bf")) {
      text = text.substring(3);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    boolean inData = false;
    for (String line : text.split("\n", -1)) {
      if (line.isEmpty()) {
        inData = false;
      } else if (line.startsWith("data")) {
        inData = true;
      } else if (inData && !line.startsWith(":")) {
        return true;
      }
    }
    return false;
  }
}
