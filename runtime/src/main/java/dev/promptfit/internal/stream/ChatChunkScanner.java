package dev.promptfit.internal.stream;

import java.nio.charset.StandardCharsets;

/**
 * Not API. The hot path of a Chat stream: reads a chunk that carries only choice 0's text delta
 * ({@code delta.content}) with {@link JsonScanner} instead of a Jackson parser. Anything else a
 * chunk can carry (a finish reason, usage, a refusal, reasoning, tool calls, an error, or the
 * {@code id} and {@code model} still wanted) makes it give up, and {@link ChatChunkReader} reads the
 * chunk with Jackson: new fields are added there, in one place. Fields that are {@code null}, or
 * that no reply uses ({@code object}, {@code created}, {@code logprobs}, {@code role}, ...), are
 * skipped.
 */
final class ChatChunkScanner {
  private static final byte[] ID = ascii("id");
  private static final byte[] MODEL = ascii("model");
  private static final byte[] CHOICES = ascii("choices");
  private static final byte[] INDEX = ascii("index");
  private static final byte[] FINISH_REASON = ascii("finish_reason");
  private static final byte[] DELTA = ascii("delta");
  private static final byte[] CONTENT = ascii("content");
  private static final byte[] ROLE = ascii("role");
  private static final byte[] LOGPROBS = ascii("logprobs");
  /** Root fields that never matter to a reply; any other non-null root field goes to Jackson. */
  private static final byte[][] IGNORED_ROOT = {
    ascii("object"), ascii("created"), ascii("system_fingerprint"), ascii("service_tier"),
    ascii("obfuscation")
  };

  private final JsonScanner json = new JsonScanner();

  /**
   * Reads the chunk in {@code length} bytes of {@code bytes} into {@code chunk} (which must be
   * reset) and returns true, or returns false if Jackson must read it.
   */
  boolean scan(byte[] bytes, int length, ChatChunkReader chunk, boolean wantId, boolean wantModel) {
    try {
      json.beginRoot(bytes, length);
      for (boolean first = true; json.nextName(first); first = false) {
        if (json.nameIs(CHOICES)) {
          chunk.clearChoices();
          readChoices(chunk);
        } else if ((json.nameIs(ID) && !wantId) || (json.nameIs(MODEL) && !wantModel)) {
          json.skipValue();
        } else if (isIgnoredRoot() || json.peek() == 'n') {
          json.skipValue(); // null usage, error, ... say nothing
        } else {
          return false;
        }
      }
      json.endRoot();
      return true;
    } catch (JsonScanner.GiveUp e) {
      return false;
    }
  }

  private boolean isIgnoredRoot() {
    for (byte[] name : IGNORED_ROOT) {
      if (json.nameIs(name)) {
        return true;
      }
    }
    return false;
  }

  private void readChoices(ChatChunkReader chunk) {
    if (json.peek() != '[') {
      throw JsonScanner.GiveUp.INSTANCE;
    }
    json.beginArray();
    for (boolean first = true; json.nextElement(first); first = false) {
      if (json.peek() != '{') {
        throw JsonScanner.GiveUp.INSTANCE;
      }
      readChoice(chunk);
    }
  }

  private void readChoice(ChatChunkReader chunk) {
    int index = 0;
    String content = null;
    json.beginObject();
    for (boolean first = true; json.nextName(first); first = false) {
      if (json.nameIs(INDEX)) {
        index = json.indexOrSkip();
      } else if (json.nameIs(DELTA) && json.peek() == '{') {
        json.beginObject();
        for (boolean firstPart = true; json.nextName(firstPart); firstPart = false) {
          if (json.nameIs(CONTENT)) {
            if (json.peek() == '[') {
              throw JsonScanner.GiveUp.INSTANCE; // Content as parts: Jackson reads them.
            }
            content = json.stringOrSkip();
          } else if (json.nameIs(ROLE) || json.peek() == 'n') {
            json.skipValue();
          } else {
            throw JsonScanner.GiveUp.INSTANCE;
          }
        }
      } else if (json.nameIs(LOGPROBS) || (json.nameIs(FINISH_REASON) && json.peek() == 'n')) {
        json.skipValue();
      } else {
        throw JsonScanner.GiveUp.INSTANCE;
      }
    }
    chunk.choice(index, content, null, null, null, null);
  }

  private static byte[] ascii(String name) {
    return name.getBytes(StandardCharsets.US_ASCII);
  }
}
