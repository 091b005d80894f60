package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Not API. The one Jackson setup the decoders share: a streaming {@link JsonFactory} for the events
 * the scanners leave to Jackson (rare kinds, odd shapes, events too large to hold) and an {@link
 * ObjectMapper} on the same factory for the small parts read as trees.
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
    checkUtf8(bytes, length);
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
      checkUtf8Start(i, head.getByte(i) & 0xFF);
    }
    return FACTORY.createParser(new FullReads(data));
  }

  /**
   * The data as an input stream whose reads return all the bytes asked for, fewer only at the end,
   * and reject a 0xFF as {@link #checkUtf8} does. Where Jackson reports a syntax error can depend on
   * where its reads ended (a multi-byte character across two of them, found by fuzzing); reads
   * that never depend on how the network split the bytes keep failure messages the same however
   * they arrived.
   */
  private static final class FullReads extends InputStream {
    private final BufferedSource data;
    private long offset;

    FullReads(BufferedSource data) {
      this.data = data;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = 0;
      while (n < length) {
        int read = data.read(bytes, offset + n, length - n);
        if (read == -1) {
          break;
        }
        n += read;
      }
      checkNoFf(bytes, offset, offset + n, this.offset);
      this.offset += n;
      return n == 0 && length > 0 ? -1 : n;
    }

    @Override
    public void close() throws IOException {
      data.close();
    }
  }

  /** The tree of {@code length} bytes of {@code bytes}; a missing node for blank input. */
  static JsonNode tree(byte[] bytes, int length) throws IOException {
    checkUtf8(bytes, length);
    JsonNode node = MAPPER.readTree(bytes, 0, length);
    return node == null ? MAPPER.missingNode() : node;
  }

  /**
   * Rejects data Jackson would not read as UTF-8, or not the same way every time. SSE is UTF-8 by
   * definition, but:
   *
   * <ul>
   *   <li>Jackson guesses the encoding from the first four bytes: a NUL among them, or a UTF-16/32
   *       byte-order mark, makes it decode UTF-16 or UTF-32 and fail with a {@code
   *       CharConversionException} that is not a syntax error (found by fuzzing). Neither NUL nor
   *       0xFE/0xFF can start valid UTF-8 JSON.
   *   <li>Jackson pads the last four-byte group of a field name with 0xFF bytes when it looks the
   *       name up in its table of names seen before, so a name with 0xFF bytes there matches a
   *       shorter one: once {@code "error"} had been read anywhere in the JVM, {@code
   *       {"erro\xFFr":1}} read as {@code "error"}; before, it failed (found by fuzzing). 0xFF is
   *       never valid UTF-8, so data holding one is malformed, wherever it is.
   * </ul>
   */
  private static void checkUtf8(byte[] bytes, int length) throws NotUtf8Exception {
    for (int i = 0; i < Math.min(4, length); i++) {
      checkUtf8Start(i, bytes[i] & 0xFF);
    }
    checkNoFf(bytes, 0, length, 0);
  }

  private static void checkUtf8Start(int offset, int value) throws NotUtf8Exception {
    if (value == 0x00 || value >= 0xFE) {
      throw new NotUtf8Exception(offset, value);
    }
  }

  /** Rejects a 0xFF in {@code bytes[from, to)}, which start at {@code offset} in the data. */
  private static void checkNoFf(byte[] bytes, int from, int to, long offset)
      throws NotUtf8Exception {
    for (int i = from; i < to; i++) {
      if (bytes[i] == (byte) 0xFF) {
        throw new NotUtf8Exception(offset + i - from, 0xFF);
      }
    }
  }

  /** Event data that cannot be UTF-8 JSON; its message names the byte, never the data. */
  static final class NotUtf8Exception extends JsonParseException {
    private static final long serialVersionUID = 1L;

    NotUtf8Exception(long offset, int value) {
      super(null, String.format("not UTF-8 JSON: byte 0x%02X at %d", value, offset));
    }
  }

  /** The tree of the value the parser is positioned on. */
  static JsonNode tree(JsonParser parser) throws IOException {
    JsonNode node = MAPPER.readTree(parser);
    return node == null ? MAPPER.missingNode() : node;
  }
}
