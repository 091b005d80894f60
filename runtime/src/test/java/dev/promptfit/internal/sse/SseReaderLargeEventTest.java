package dev.promptfit.internal.sse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.sse.SseReaderTest.Ev;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import okio.Okio;
import okio.Source;
import okio.Timeout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Events whose data is larger than the reader's limit: returned before their end, read on demand
 * through {@link SseReader#dataSource()}, skipped when not read, and never held.
 */
class SseReaderLargeEventTest {

  /** Every event of the input, reading each large event's data from its source. */
  static List<Ev> readAll(BufferedSource source, long limit) throws IOException {
    List<Ev> events = new ArrayList<>();
    try (SseReader reader = new SseReader(source, limit)) {
      while (reader.next()) {
        String type = reader.eventType();
        String id = reader.lastEventId();
        String data = reader.dataSource().readUtf8();
        events.add(new Ev(type, data, id));
      }
      assertFalse(reader.next());
    }
    return events;
  }

  @ParameterizedTest
  @MethodSource("dev.promptfit.internal.sse.SseReaderTest#casesWithLineEnds")
  void everyCaseReadsTheSameWhenItsEventsAreLarge(String input, List<Ev> expected)
      throws IOException {
    byte[] bytes = input.getBytes(UTF_8);
    if (SseLines.fieldAfterData(bytes)) {
      return;
    }
    for (long limit : new long[] {0, 1, 2, 7}) {
      assertEquals(expected, readAll(new Buffer().write(bytes), limit), "limit " + limit);
      assertEquals(
          expected, readAll(ChunkedSource.bytewise(bytes), limit), "bytewise, limit " + limit);
      assertEquals(
          expected,
          SseReaderTest.readAll(new SseReader(ChunkedSource.random(bytes, limit, 5), limit)),
          "data(), limit " + limit);
    }
  }

  @Test
  void fieldsAfterALargeDataLineComeTooLateForItsEvent() throws IOException {
    String input = "id: 1\ndata: 12345\nevent: late\nid: 2\n\ndata: x\n\n";
    assertEquals(
        List.of(new Ev(null, "12345", "1"), new Ev(null, "x", "2")),
        readAll(new Buffer().writeUtf8(input), 4));
    assertEquals(
        List.of(new Ev("late", "12345", "2"), new Ev(null, "x", "2")),
        readAll(new Buffer().writeUtf8(input), 5),
        "five bytes fit");
  }

  @Test
  void sizeDecidesNotChunking() throws IOException {
    byte[] bytes = "data: abcd\n\ndata: abcde\n\ndata: ab\ndata: c\n\ndata: ab\ndata: cd\n\n".getBytes(UTF_8);
    List<Boolean> expected = List.of(false, true, false, true);
    for (Function<byte[], BufferedSource> source :
        List.<Function<byte[], BufferedSource>>of(
            b -> new Buffer().write(b), ChunkedSource::bytewise, b -> ChunkedSource.split(b, 9))) {
      List<Boolean> large = new ArrayList<>();
      try (SseReader reader = new SseReader(source.apply(bytes), 4)) {
        while (reader.next()) {
          large.add(reader.isLarge());
        }
      }
      assertEquals(expected, large, "large iff the joined data passes 4 bytes");
    }
  }

  @Test
  void unreadDataIsSkippedAndTheNextEventIsIntact() throws IOException {
    String big = "x".repeat(100_000);
    String input = "data: " + big + "\ndata: " + big + "\r\n\r\nevent: e\ndata: after\n\n";
    try (SseReader reader = new SseReader(ChunkedSource.random(input.getBytes(UTF_8), 1, 3000), 1024)) {
      assertTrue(reader.next());
      assertTrue(reader.isLarge());
      assertEquals("xxxxx", reader.dataSource().readUtf8(5));
      assertTrue(reader.next());
      assertFalse(reader.isLarge());
      assertEquals("e", reader.eventType());
      assertEquals("after", reader.dataUtf8());
      assertFalse(reader.next());
    }
  }

  @Test
  void dataLengthCountsAllOfALargeEvent() throws IOException {
    String input = "data: " + "y".repeat(5000) + "\ndata: z\n\ndata: ok\n\n";
    try (SseReader reader = new SseReader(new Buffer().writeUtf8(input), 100)) {
      assertTrue(reader.next());
      reader.dataSource().readUtf8(10);
      assertEquals(5002, reader.dataLength());
      assertTrue(reader.next());
      assertEquals(2, reader.dataLength());
      reader.data().clear();
      assertEquals(2, reader.dataLength(), "consumed or not");
    }
  }

  @Test
  void doneIsRecognisedInALargeEventOnlyWhenItIsAllTheData() throws IOException {
    ByteString done = ByteString.encodeUtf8("[DONE]");
    String input = "data: [DONE]\n\ndata: [DONE]x\n\ndata: [DO\ndata: NE]\n\n";
    try (SseReader reader = new SseReader(ChunkedSource.bytewise(input.getBytes(UTF_8)), 2)) {
      assertTrue(reader.next());
      assertTrue(reader.isLarge());
      assertTrue(reader.dataEquals(done));
      assertEquals("[DONE]", reader.dataSource().readUtf8(), "dataEquals consumed nothing");
      assertTrue(reader.next());
      assertFalse(reader.dataEquals(done));
      assertTrue(reader.next());
      assertFalse(reader.dataEquals(done));
      assertEquals("[DO\nNE]", reader.dataUtf8());
    }
  }

  @Test
  void aLargeEventAtTheEndOfTheBodyIsDispatched() throws IOException {
    assertEquals(List.of(Ev.of("abcdef")), readAll(new Buffer().writeUtf8("data: abcdef"), 2));
    assertEquals(List.of(Ev.of("ab\ncdef")), readAll(new Buffer().writeUtf8("data: ab\ndata: cdef\r"), 2));
  }

  @Test
  void aStaleSourceCannotReadTheNextEvent() throws IOException {
    try (SseReader reader = new SseReader(new Buffer().writeUtf8("data: abcdef\n\ndata: g\n\n"), 2)) {
      assertTrue(reader.next());
      BufferedSource stale = reader.dataSource();
      stale.readUtf8(1);
      assertTrue(reader.next());
      assertThrows(IllegalStateException.class, stale::readUtf8);
      assertNull(reader.eventType());
    }
  }

  /**
   * A 20 MB line, read or skipped, never sits in the reader's buffer: the most it holds is about
   * the limit plus one network read.
   */
  @Test
  void aLargeEventIsNeverHeld() throws IOException {
    long lineBytes = 20_000_000;
    for (boolean read : new boolean[] {true, false}) {
      PeakSource body = new PeakSource("data: ", lineBytes, "\n\ndata: end\n\n");
      try (SseReader reader = new SseReader(Okio.buffer(body), 4096)) {
        assertTrue(reader.next());
        assertTrue(reader.isLarge());
        if (read) {
          BufferedSource data = reader.dataSource();
          long total = 0;
          while (data.request(1)) {
            long n = data.getBuffer().size();
            data.skip(n);
            total += n;
          }
          assertEquals(lineBytes, total);
        }
        assertTrue(reader.next());
        assertEquals("end", reader.dataUtf8());
        assertEquals("data: ".length() + lineBytes + "\n\ndata: end\n\n".length(), body.delivered);
      }
      assertTrue(body.peak < 64 * 1024, "peak buffered " + body.peak + ", read " + read);
    }
  }

  /** A body generated as it is read: a prefix, filler bytes, a suffix; records the peak buffered. */
  private static final class PeakSource implements Source {
    private static final byte[] FILLER = "a".repeat(8192).getBytes(UTF_8);
    private final Buffer head = new Buffer();
    private final Buffer tail = new Buffer();
    private long filler;
    long delivered;
    long peak;

    PeakSource(String prefix, long filler, String suffix) {
      head.writeUtf8(prefix);
      this.filler = filler;
      tail.writeUtf8(suffix);
    }

    @Override
    public long read(Buffer sink, long byteCount) {
      // The sink is the reader's own buffer: its size is what the reader holds.
      long n;
      if (head.size() > 0) {
        n = Math.min(byteCount, head.size());
        sink.write(head, n);
      } else if (filler > 0) {
        n = Math.min(Math.min(byteCount, filler), FILLER.length);
        sink.write(FILLER, 0, (int) n);
        filler -= n;
      } else if (tail.size() > 0) {
        n = Math.min(byteCount, tail.size());
        sink.write(tail, n);
      } else {
        return -1;
      }
      delivered += n;
      peak = Math.max(peak, sink.size());
      return n;
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }

    @Override
    public void close() {}
  }
}
