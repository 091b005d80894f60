package dev.promptfit.internal.sse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import okio.Source;
import okio.Timeout;
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
 *   handle(sse.eventType(), sse.isLarge() ? sse.dataSource() : sse.data());
 * }
 * </code></pre>
 *
 * <p>One deliberate deviation from WHATWG: data still pending when the body ends (the last event
 * has no blank line after it) is dispatched as a final event instead of being dropped, because a
 * server that writes a last {@code data: {"error":…}} line and hangs up must not look like a clean
 * end. A last line without any line end is read as a line for the same reason.
 *
 * <p><b>Large events.</b> An event whose data is at most {@code maxBufferedData} bytes is read
 * whole before {@link #next()} returns. A larger one (a Responses {@code response.completed}
 * repeats the whole answer) is returned as soon as its data outgrows that size, {@link #isLarge()}
 * is true, and its data is read from the body only as {@link #dataSource()} is read; {@code
 * next()} skips whatever of it was not read. So a reader never holds more than about {@code
 * maxBufferedData} plus one network read of an event that the caller does not keep. For such an
 * event, {@link #eventType()}, {@link #lastEventId()} and {@link #retryMillis()} are those read
 * before its data outgrew the limit (servers send them first).
 *
 * <p><b>Long lines.</b> A data line has no length cap: once too long to hold, it is read on demand
 * as above. Every other line (a comment, {@code event}, {@code id}, {@code retry} or an unknown field)
 * is held whole until its end, so each is capped at {@link #MAX_LINE} bytes: a longer one fails
 * with {@link LineTooLongException} as soon as that much of it has arrived, whatever the body's
 * content encoding made of it on the wire. So the reader's memory stays bounded for every line.
 *
 * <p>Lines are found on bytes, never decoded per network read, so a multi-byte character split
 * across reads is intact; data bytes move into one {@link Buffer} per event without a {@code
 * String} per line. Not thread-safe.
 */
public final class SseReader implements Closeable {
  /** The default {@code maxBufferedData}: larger events are read on demand. */
  public static final long MAX_BUFFERED_DATA = 64 * 1024;

  /** The longest line other than data, in bytes without its line end. */
  public static final int MAX_LINE = 64 * 1024;

  private static final ByteString COLON = ByteString.encodeUtf8(":");
  private static final ByteString EVENT_COLON = ByteString.encodeUtf8("event:");
  private static final ByteString ID_COLON = ByteString.encodeUtf8("id:");
  private static final ByteString RETRY_COLON = ByteString.encodeUtf8("retry:");

  private static final ByteString LINE_ENDS = ByteString.encodeUtf8("\r\n");
  private static final ByteString BOM = ByteString.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
  private static final ByteString DATA = ByteString.encodeUtf8("data");
  private static final ByteString DATA_COLON = ByteString.encodeUtf8("data:");
  private static final ByteString EVENT = ByteString.encodeUtf8("event");
  private static final ByteString ID = ByteString.encodeUtf8("id");
  private static final ByteString RETRY = ByteString.encodeUtf8("retry");
  private static final byte CR = '\r';
  private static final byte LF = '\n';

  /** {@link #lineEnd()}: the line is a data line too long to hold; read it on demand. */
  private static final long TOO_LONG = -2;

  /** How {@link #readLines()} stopped. */
  private enum Stop {
    /** A blank line ended an event that has data. */
    DISPATCH,
    /** The body ended. */
    END,
    /** A data line outgrew the limit; its value is still in the body. */
    TOO_LONG
  }

  private final BufferedSource source;
  private final Buffer buffer;
  private final long maxBufferedData;
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

  /** The current event was returned before all its data was read. */
  private boolean large;

  /** The value of a large event's data line continues in the body. */
  private boolean inDataLine;

  /** A large event has no more data to read: its blank line or the body's end was read. */
  private boolean largeEventOver;

  /** Bytes of the current event's data read from the body so far, kept or skipped. */
  private long dataLength;

  /** Counts events, so a large event's {@link #dataSource()} cannot read the next one's data. */
  private int generation;

  /** A reader of {@code source}, which it owns: {@link #close()} closes it. */
  public SseReader(BufferedSource source) {
    this(source, MAX_BUFFERED_DATA);
  }

  /** A reader that holds events of at most {@code maxBufferedData} bytes of data whole. */
  public SseReader(BufferedSource source, long maxBufferedData) {
    if (maxBufferedData < 0) {
      throw new IllegalArgumentException("maxBufferedData < 0: " + maxBufferedData);
    }
    this.source = source;
    this.buffer = source.getBuffer();
    this.maxBufferedData = maxBufferedData;
  }

  /**
   * Reads up to and including the next event (for a large one, up to where its data outgrew the
   * limit). Returns false once the body has ended and no event is pending; the accessors then
   * describe nothing.
   */
  public boolean next() throws IOException {
    if (large) {
      skipLargeData();
    }
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
    Stop stop = readLines();
    dataLength = data.size();
    large = stop == Stop.TOO_LONG;
    return stop != Stop.END || dataLines > 0;
  }

  /** The {@code event} field of the current event, or null if it had none. */
  public @Nullable String eventType() {
    return eventType;
  }

  /**
   * True if the current event's data is larger than {@code maxBufferedData}: it is still being
   * read from the body, and {@link #dataSource()} reads it without holding it.
   */
  public boolean isLarge() {
    return large;
  }

  /**
   * The current event's data: its {@code data} lines joined with {@code \n}. Valid until the next
   * call to {@link #next()}; the caller may consume it. For a large event this first reads all of
   * it into memory, which {@link #dataSource()} avoids; use one or the other.
   */
  public Buffer data() throws IOException {
    if (large) {
      while (pull(true)) {
        // Hold it all.
      }
    }
    return data;
  }

  /**
   * The current event's data as a source that reads it from the body as it is consumed and ends
   * with the event. For an event that is not {@link #isLarge() large} this is {@link #data()}.
   * Valid until the next call to {@link #next()}.
   */
  public BufferedSource dataSource() {
    return large ? Okio.buffer(new LargeData()) : data;
  }

  /** The current event's data decoded as UTF-8, without consuming {@link #data()}. */
  public String dataUtf8() throws IOException {
    return data().copy().readUtf8();
  }

  /** True if the current event's data is exactly {@code bytes}; consumes nothing. */
  public boolean dataEquals(ByteString bytes) throws IOException {
    if (large) {
      while (data.size() <= bytes.size() && pull(true)) {
        // Read just far enough to compare.
      }
      if (!largeEventOver || inDataLine) {
        return false;
      }
    }
    return data.size() == bytes.size() && data.rangeEquals(0, bytes);
  }

  /**
   * The size of the current event's data in bytes, however much of it was consumed. For a large
   * event this skips what is left of it, so its data cannot be read afterwards.
   */
  public long dataLength() throws IOException {
    if (large) {
      skipLargeData();
    }
    return dataLength;
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
    large = false;
    inDataLine = false;
    largeEventOver = false;
    dataLength = 0;
    generation++;
  }

  /** Reads field lines into the current event until it is dispatched or must be read on demand. */
  private Stop readLines() throws IOException {
    while (true) {
      if (skipLeadingLf) {
        skipLeadingLf = false;
        if (source.request(1) && buffer.getByte(0) == LF) {
          buffer.skip(1);
        }
      }
      long end = lineEnd();
      if (end == TOO_LONG) {
        startDataLine();
        return Stop.TOO_LONG;
      }
      if (end == -1) {
        exhausted = true;
        if (buffer.size() > 0) {
          processLine(buffer.size());
        }
        return Stop.END;
      }
      if (end == 0) {
        skipLineEnd();
        if (dataLines > 0) {
          return Stop.DISPATCH;
        }
        // WHATWG: a block without data (e.g. event: alone) dispatches nothing.
        eventType = null;
        continue;
      }
      processLine(end);
      skipLineEnd();
    }
  }

  /**
   * The index of the line end of the line at the head of the buffer, reading more as needed; -1 if
   * the body ends first; {@link #TOO_LONG} for a data line whose value would take the event's data
   * past the limit. That is decided on the line's bytes, never on how they were chunked: a line
   * is too long when the part already read is, even if its end has not arrived. The buffer is
   * scanned once, not again per read.
   */
  private long lineEnd() throws IOException {
    long scanned = 0;
    while (true) {
      long end = buffer.indexOfElement(LINE_ENDS, scanned);
      long length = end == -1 ? buffer.size() : end;
      if (isTooLong(length, end != -1)) {
        return TOO_LONG;
      }
      if (length > MAX_LINE && !buffer.rangeEquals(0, DATA_COLON)) {
        throw new LineTooLongException(lineKind());
      }
      if (end != -1) {
        return end;
      }
      scanned = buffer.size();
      if (!source.request(scanned + 1)) {
        return -1;
      }
    }
  }

  /** What the line at the buffer's head is, for a message; never its content. */
  private String lineKind() {
    if (buffer.rangeEquals(0, COLON)) {
      return "a comment line";
    }
    if (buffer.rangeEquals(0, EVENT_COLON)) {
      return "an event line";
    }
    if (buffer.rangeEquals(0, ID_COLON)) {
      return "an id line";
    }
    if (buffer.rangeEquals(0, RETRY_COLON)) {
      return "a retry line";
    }
    return "a line of an unknown field";
  }

  /**
   * Whether the line of at least {@code length} bytes at the buffer's head is a data line that does
   * not fit. Until its sixth byte has arrived an unfinished line is never too long: whether a space
   * follows the colon is not known yet.
   */
  private boolean isTooLong(long length, boolean whole) {
    if (length < DATA_COLON.size() || (!whole && length <= DATA_COLON.size())) {
      return false;
    }
    if (!buffer.rangeEquals(0, DATA_COLON)) {
      return false;
    }
    long valueLength = length - valueStart(length);
    long joined = data.size() + (dataLines > 0 ? 1 : 0) + valueLength;
    return joined > maxBufferedData;
  }

  /** Where the value of the {@code data:} line at the buffer's head starts. */
  private long valueStart(long length) {
    long start = DATA_COLON.size();
    return length > start && buffer.getByte(start) == ' ' ? start + 1 : start;
  }

  /** Begins a data line whose value is read on demand: consumes its field name. */
  private void startDataLine() throws IOException {
    long end = buffer.indexOfElement(LINE_ENDS);
    buffer.skip(valueStart(end == -1 ? buffer.size() : end));
    if (dataLines++ > 0) {
      data.writeByte(LF);
    }
    inDataLine = true;
  }

  /**
   * Reads the next part of a large event's data into {@link #data} ({@code keep}) or past it.
   * Returns false when the event has no more data.
   */
  private boolean pull(boolean keep) throws IOException {
    while (true) {
      if (inDataLine) {
        if (buffer.size() == 0 && !source.request(1)) {
          // The body ended inside the line: the event ends with it, as at the end of any body.
          inDataLine = false;
          largeEventOver = true;
          exhausted = true;
          return false;
        }
        long end = buffer.indexOfElement(LINE_ENDS);
        if (end == 0) {
          skipLineEnd();
          inDataLine = false;
          continue;
        }
        long n = end == -1 ? buffer.size() : end;
        if (keep) {
          data.write(buffer, n);
        } else {
          buffer.skip(n);
        }
        dataLength += n;
        return true;
      }
      if (largeEventOver) {
        return false;
      }
      long before = data.size();
      if (readLines() != Stop.TOO_LONG) {
        largeEventOver = true;
      }
      long added = data.size() - before;
      if (added > 0) {
        dataLength += added;
        if (!keep) {
          data.skip(added);
        }
        return true;
      }
    }
  }

  private void skipLargeData() throws IOException {
    data.clear();
    while (pull(false)) {
      // Skip to the event's end.
    }
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

  /**
   * A line other than data longer than {@link #MAX_LINE}: the stream cannot be read within bounded
   * memory. The message names the kind of line and the limit, never the line's content.
   */
  public static final class LineTooLongException extends IOException {
    private static final long serialVersionUID = 1L;

    LineTooLongException(String kind) {
      super(
          "an SSE stream sent "
              + kind
              + " longer than "
              + MAX_LINE
              + " bytes, the limit for any line but data");
    }
  }

  /** A large event's data, read from the body as it is consumed. */
  private final class LargeData implements Source {
    private final int event = generation;

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (event != generation) {
        throw new IllegalStateException("read after SseReader.next(): this event is over");
      }
      if (data.size() == 0 && !pull(true)) {
        return -1;
      }
      return data.read(sink, Math.min(byteCount, data.size()));
    }

    @Override
    public Timeout timeout() {
      return source.timeout();
    }

    @Override
    public void close() {
      // The body belongs to the reader; next() skips what was not read.
    }
  }
}
