package dev.promptfit.internal.stream;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads the Chat chunks that make up almost all of a stream into a {@link
 * ChatChunkReader}'s fields with {@link JsonScanner} instead of a Jackson parser, by the same rules
 * as {@link ChatChunkReader#read}. A chunk with a {@code usage} object, {@code x_groq}, {@code
 * error}, or anything the scanner does not accept is left to Jackson, so both readings agree.
 */
final class ChatChunkScanner {
  private static final byte[] ID = ascii("id");
  private static final byte[] MODEL = ascii("model");
  private static final byte[] CHOICES = ascii("choices");
  private static final byte[] USAGE = ascii("usage");
  private static final byte[] X_GROQ = ascii("x_groq");
  private static final byte[] ERROR = ascii("error");
  private static final byte[] INDEX = ascii("index");
  private static final byte[] FINISH_REASON = ascii("finish_reason");
  private static final byte[] DELTA = ascii("delta");
  private static final byte[] CONTENT = ascii("content");
  private static final byte[] REFUSAL = ascii("refusal");
  private static final byte[] REASONING_CONTENT = ascii("reasoning_content");
  private static final byte[] REASONING = ascii("reasoning");

  private final JsonScanner json = new JsonScanner();

  /**
   * Reads the chunk in {@code length} bytes of {@code bytes} into {@code chunk} (which must be
   * reset) and returns true, or returns false if Jackson must read it.
   */
  boolean scan(byte[] bytes, int length, ChatChunkReader chunk, boolean wantId, boolean wantModel) {
    try {
      json.beginRoot(bytes, length);
      for (boolean first = true; json.nextName(first); first = false) {
        if (json.nameIs(ID)) {
          chunk.id = wantId ? json.stringOrSkip() : skip();
        } else if (json.nameIs(MODEL)) {
          chunk.model = wantModel ? json.stringOrSkip() : skip();
        } else if (json.nameIs(CHOICES)) {
          readChoices(chunk);
        } else if (json.nameIs(USAGE)) {
          if (json.peek() == '{') {
            return false;
          }
          json.skipValue();
        } else if (json.nameIs(X_GROQ) || json.nameIs(ERROR)) {
          return false;
        } else {
          json.skipValue();
        }
      }
      json.endRoot();
      return true;
    } catch (JsonScanner.GiveUp e) {
      return false;
    }
  }

  private void readChoices(ChatChunkReader chunk) {
    if (json.peek() != '[') {
      json.skipValue();
      return;
    }
    json.beginArray();
    for (boolean first = true; json.nextElement(first); first = false) {
      if (json.peek() == '{') {
        readChoice(chunk);
      } else {
        json.skipValue();
      }
    }
  }

  private void readChoice(ChatChunkReader chunk) {
    int index = 0;
    String content = null;
    String refusal = null;
    String reasoningContent = null;
    String reasoning = null;
    String finish = null;
    json.beginObject();
    for (boolean first = true; json.nextName(first); first = false) {
      if (json.nameIs(INDEX)) {
        index = json.indexOrSkip();
      } else if (json.nameIs(FINISH_REASON)) {
        finish = json.stringOrSkip();
      } else if (json.nameIs(DELTA) && json.peek() == '{') {
        json.beginObject();
        for (boolean firstPart = true; json.nextName(firstPart); firstPart = false) {
          if (json.nameIs(CONTENT)) {
            content = json.stringOrSkip();
          } else if (json.nameIs(REFUSAL)) {
            refusal = json.stringOrSkip();
          } else if (json.nameIs(REASONING_CONTENT)) {
            reasoningContent = json.stringOrSkip();
          } else if (json.nameIs(REASONING)) {
            reasoning = json.stringOrSkip();
          } else {
            json.skipValue();
          }
        }
      } else {
        json.skipValue();
      }
    }
    chunk.choice(index, content, refusal, reasoningContent, reasoning, finish);
  }

  private @Nullable String skip() {
    json.skipValue();
    return null;
  }

  private static byte[] ascii(String name) {
    return name.getBytes(StandardCharsets.US_ASCII);
  }
}
