package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Not API. The one Jackson setup the decoders share: a streaming {@link JsonFactory} for hot delta
 * events and an {@link ObjectMapper} on the same factory for the rare events read as trees.
 *
 * <p>The string limit is raised on purpose: {@code response.completed} repeats the whole output and
 * image events carry base64 images, so Jackson's 20M-char default is close to real payloads.
 * Nesting stays at 1000 so hostile input fails cleanly instead of overflowing the stack.
 */
final class EventJson {
  static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  static final int MAX_NESTING_DEPTH = 1000;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .build())
          .build();

  static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EventJson() {}

  /** A streaming parser over {@code length} bytes of {@code bytes}, read as UTF-8. */
  static JsonParser parser(byte[] bytes, int length) throws IOException {
    checkUtf8Start(bytes, length);
    return FACTORY.createParser(bytes, 0, length);
  }

  /**
   * A streaming parser over data read as it is parsed, for events too large to hold: it reads from
   * {@code data} only as far as the caller's tokens need.
   */
  static JsonParser parser(BufferedSource data) throws IOException {
    data.request(4);
    Buffer head = data.getBuffer();
    for (int i = 0; i < Math.min(4, head.size()); i++) {
      checkUtf8Byte(i, head.getByte(i) & 0xFF);
    }
    return FACTORY.createParser(data.inputStream());
  }

  /** The tree of {@code length} bytes of {@code bytes}; a missing node for blank input. */
  static JsonNode tree(byte[] bytes, int length) throws IOException {
    checkUtf8Start(bytes, length);
    JsonNode node = MAPPER.readTree(bytes, 0, length);
    return node == null ? MAPPER.missingNode() : node;
  }

  /**
   * Rejects data Jackson would not read as UTF-8. SSE is UTF-8 by definition, but Jackson guesses
   * the encoding from the first four bytes: a NUL among them, or a UTF-16/32 byte-order mark, makes
   * it decode UTF-16 or UTF-32 and fail with a {@code CharConversionException} that is not a
   * syntax error (found by fuzzing). Neither NUL nor 0xFE/0xFF can start valid UTF-8 JSON, so these
   * bytes are simply malformed.
   */
  private static void checkUtf8Start(byte[] bytes, int length) throws NotUtf8Exception {
    for (int i = 0; i < Math.min(4, length); i++) {
      checkUtf8Byte(i, bytes[i] & 0xFF);
    }
  }

  private static void checkUtf8Byte(int offset, int value) throws NotUtf8Exception {
    if (value == 0x00 || value >= 0xFE) {
      throw new NotUtf8Exception(offset, value);
    }
  }

  /** Event data that cannot be UTF-8 JSON; its message names the byte, never the data. */
  static final class NotUtf8Exception extends JsonParseException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(int offset, int value) {
      super(null, String.format("not UTF-8 JSON: byte 0x%02X at %d", value, offset));
    }
  }

  /** The tree of the value the parser is positioned on. */
  static JsonNode tree(JsonParser parser) throws IOException {
    JsonNode node = MAPPER.readTree(parser);
    return node == null ? MAPPER.missingNode() : node;
  }
}
