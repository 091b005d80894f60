package dev.promptfit.internal.sse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads Server-Sent Events from bytes, one event per {@link #next()}, following the WHATWG
 * HTML "event stream" parsing rules (LF, CR and CRLF line ends, {@code :} comments, one optional
 * space after the colon, multi-line {@code data}, {@code event}, {@code id}, {@code retry}, a
 * leading BOM).
 *
 * <pre><code>
 * SseReader sse = new SseReader(body.source());
 * while (sse.next()) {
 *   if (sse.dataEquals(DONE)) break;
 *   handle(sse.eventType(), sse.data());
 * }
 * </code></pre>
 *
 * <p>One deliberate deviation from WHATWG: data still pending when the body ends (the last event
 * has no blank line after it) is dispatched as a final event instead of being dropped, because a
 * server that writes a last {@code data: {"error":…}} line and hangs up must not look like a clean
 * end. A last line without any line end is read as a line for the same reason.
 *
 * <p>Lines are found on bytes, never decoded per network read, so a multi-byte character split
 * across reads is intact; data bytes move into one {@link Buffer} per event without a {@code
 * String} per line, and there is no line-length cap. Not thread-safe.
 */
public final class SseReader implements Closeable {
  private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");
  private static final ByteString BOM = ByteString.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final ByteString EVENT = ByteString.encodeUtf8("event");
  private static final ByteString ID = ByteString.encodeUtf8("id");
  private static final ByteString RETRY = ByteString.encodeUtf8("retry");
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  private final BufferedSource source;
  private final Buffer buffer;
  private final Buffer data = new Buffer();
  private int dataLines;
  private @Nullable String eventType;
  private @Nullable String lastEventId;
  private long retryMillis = -1;
  private boolean bomChecked;

  /**
   * The previous line ended in CR at the end of the bytes read so far; a leading LF is its tail.
   */
  private boolean skipLeadingLf;

  private boolean exhausted;
  // Servers repeat the same few event names; reusing the last String avoids one per event.
  private ByteString cachedTypeBytes = ByteString.EMPTY;
  private String cachedType = "";

  /** A reader of {@code source}, which it owns: {@link #close()} closes it. */
  public SseReader(BufferedSource source) {
    this.source = source;
    this.buffer = source.getBuffer();
  }

  /**
   * Reads up to and including the next event. Returns false once the body has ended and no event is
   * pending; the accessors then describe nothing.
   */
  public boolean next() throws IOException {
    resetEvent();
    if (exhausted) {
      return false;
    }
    if (!bomChecked) {
      bomChecked = true;
      if (source.rangeEquals(0, BOM)) {
        buffer.skip(BOM.size());
      }
    }
    while (true) {
      if (skipLeadingLf) {
        skipLeadingLf = false;
        if (source.request(1) && buffer.getByte(0) == LF) {
          buffer.skip(1);
        }
      }
      long end = source.indexOfElement(LINE_ENDS);
      if (end == -1) {
        exhausted = true;
        if (buffer.size() > 0) {
          processLine(buffer.size());
        }
        return dataLines > 0;
      }
      if (end == 0) {
        skipLineEnd();
        if (dataLines > 0) {
          return true;
        }
        // WHATWG: a block without data (e.g. event: alone) dispatches nothing.
        eventType = null;
        continue;
      }
      processLine(end);
      skipLineEnd();
    }
  }

  /** The {@code event} field of the current event, or null if it had none. */
  public @Nullable String eventType() {
    return eventType;
  }

  /**
   * The current event's data: its {@code data} lines joined with {@code \n}. Valid until the next
   * call to {@link #next()}; the caller may consume it.
   */
  public Buffer data() {
    return data;
  }

  /** The current event's data decoded as UTF-8, without consuming {@link #data()}. */
  public String dataUtf8() {
    return data.copy().readUtf8();
  }

  /** True if the current event's data is exactly {@code bytes}. */
  public boolean dataEquals(ByteString bytes) {
    return data.size() == bytes.size() && data.rangeEquals(0, bytes);
  }

  /** The last {@code id} seen so far (ids persist across events), or null. */
  public @Nullable String lastEventId() {
    return lastEventId;
  }

  /** The last valid {@code retry} value in milliseconds, or -1 if none was sent. */
  public long retryMillis() {
    return retryMillis;
  }

  /** Closes the underlying source. */
  @Override
  public void close() throws IOException {
    source.close();
  }

  private void resetEvent() {
    data.clear();
    dataLines = 0;
    eventType = null;
  }

  /** Handles the line held in the first {@code length} bytes of the buffer and consumes them. */
  private void processLine(long length) throws IOException {
    long colon = buffer.indexOf((byte) ':', 0, length);
    if (colon == 0) {
      buffer.skip(length);
      return;
    }
    long nameLength = colon == -1 ? length : colon;
    long valueStart = colon == -1 ? length : colon + 1;
    if (valueStart < length && buffer.getByte(valueStart) == ' ') {
      valueStart++;
    }
    long valueLength = length - valueStart;
    if (isField(DATA, nameLength)) {
      buffer.skip(valueStart);
      if (dataLines++ > 0) {
        data.writeByte(LF);
      }
      data.write(buffer, valueLength);
    } else if (isField(EVENT, nameLength)) {
      buffer.skip(valueStart);
      eventType = readEventType(valueLength);
    } else if (isField(ID, nameLength)) {
      buffer.skip(valueStart);
      boolean hasNul = buffer.indexOf((byte) 0, 0, valueLength) != -1;
      String id = buffer.readUtf8(valueLength);
      if (!hasNul) {
        lastEventId = id;
      }
    } else if (isField(RETRY, nameLength)) {
      buffer.skip(valueStart);
      readRetry(valueLength);
    } else {
      buffer.skip(length);
    }
  }

  private boolean isField(ByteString name, long nameLength) {
    return nameLength == name.size() && buffer.rangeEquals(0, name);
  }

  private @Nullable String readEventType(long length) throws IOException {
    if (length == 0) {
      // WHATWG: an empty event type means the default type, as if none was sent.
      return null;
    }
    if (length != cachedTypeBytes.size() || !buffer.rangeEquals(0, cachedTypeBytes)) {
      cachedTypeBytes = buffer.readByteString(length);
      cachedType = cachedTypeBytes.string(StandardCharsets.UTF_8);
    } else {
      buffer.skip(length);
    }
    return cachedType;
  }

  private void readRetry(long length) throws IOException {
    // More than 18 digits could overflow a long; such a value is no usable delay anyway.
    boolean valid = length > 0 && length <= 18;
    long value = 0;
    for (long i = 0; valid && i < length; i++) {
      byte b = buffer.getByte(i);
      valid = b >= '0' && b <= '9';
      value = value * 10 + (b - '0');
    }
    buffer.skip(length);
    if (valid) {
      retryMillis = value;
    }
  }

  /** Consumes the CR, LF or CRLF at the head of the buffer. */
  private void skipLineEnd() throws IOException {
    byte first = buffer.readByte();
    if (first == CR) {
      if (buffer.size() == 0) {
        // Waiting for the next byte here would delay this event; look at it on the next line.
        skipLeadingLf = true;
      } else if (buffer.getByte(0) == LF) {
        buffer.skip(1);
      }
    }
  }
}
