package dev.promptfit.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every line that is not data is held whole until its end, so each is bounded: one longer than
 * {@link SseReader#MAX_LINE} fails with an exception naming its kind and the limit, as soon as that
 * much of it has arrived, without holding the rest. Data lines have no such limit (they are read on
 * demand once too large to hold).
 */
class SseReaderLineLimitTest {
  private static final int LIMIT = SseReader.MAX_LINE;

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ": | a comment line",
        "event: | an event line",
        "id: | an id line",
        "retry: | a retry line",
        "x-vendor-extra: | a line of an unknown field",
        "anything without a colon | a line of an unknown field",
      })
  void aLineOverTheLimitFailsNamingItsKindAndTheLimit(String start, String kind) throws IOException {
    Buffer body = new Buffer().writeUtf8("data: first\n\n").writeUtf8(start);
    for (int i = 0; i < LIMIT; i++) {
      body.writeByte('a');
    }
    body.writeUtf8("\ndata: second\n\n");
    SseReader reader = new SseReader(body);
    assertTrue(reader.next());
    assertEquals("first", reader.dataUtf8());
    SseReader.LineTooLongException e = assertThrows(SseReader.LineTooLongException.class, reader::next);
    assertEquals(
        "an SSE stream sent " + kind + " longer than " + LIMIT + " bytes, the limit for any line but data",
        e.getMessage());
  }

  @Test
  void aLineAtTheLimitIsFine() throws IOException {
    String comment = ":" + "a".repeat(LIMIT - 1);
    String event = "event: " + "e".repeat(LIMIT - "event: ".length());
    List<SseReaderTest.Ev> events =
        SseReaderTest.readAll(comment + "\n" + event + "\ndata: ok\n\n");
    assertEquals(1, events.size());
    assertEquals("ok", events.get(0).data());
    assertEquals(LIMIT - "event: ".length(), events.get(0).type().length());
  }

  @Test
  void theReaderGivesUpAsSoonAsTheLimitIsPassed() {
    // The source would block after just past the limit: a reader that waited for the line's end,
    // or held more of it, would read on and fail the test there.
    byte[] endless = (": " + "a".repeat(4 * LIMIT)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    SseReader reader = new SseReader(ChunkedSource.stallingAfter(endless, LIMIT + 1));
    assertThrows(SseReader.LineTooLongException.class, reader::next);
  }

  @Test
  void aHugeDataLineIsNoLineTooLong() throws IOException {
    String data = "x".repeat(4 * LIMIT);
    List<SseReaderTest.Ev> events = SseReaderTest.readAll("data: " + data + "\n\n");
    assertEquals(data, events.get(0).data());
  }
}
