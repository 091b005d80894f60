package dev.promptfit.internal.sse;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SseReaderTest {

  /** One dispatched event as the tests compare it. */
  record Ev(@Nullable String type, String data, @Nullable String id) {
    static Ev of(String data) {
      return new Ev(null, data, null);
    }
  }

  static List<Ev> readAll(BufferedSource source) throws IOException {
    return readAll(new SseReader(source));
  }

  static List<Ev> readAll(SseReader reader) throws IOException {
    List<Ev> events = new ArrayList<>();
    try (reader) {
      while (reader.next()) {
        events.add(new Ev(reader.eventType(), reader.dataUtf8(), reader.lastEventId()));
      }
      assertFalse(reader.next(), "next() after the end stays false");
    }
    return events;
  }

  static List<Ev> readAll(String text) throws IOException {
    return readAll(new Buffer().writeUtf8(text));
  }

  /** Inputs written with LF; each runs again with CR and CRLF line ends. */
  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of("data:ok\n\n", List.of(Ev.of("ok"))),
        Arguments.of("data: ok\n\n", List.of(Ev.of("ok"))),
        Arguments.of("data:  ok\n\n", List.of(Ev.of(" ok"))),
        Arguments.of("data:\tok\n\n", List.of(Ev.of("\tok"))),
        Arguments.of("data\n\n", List.of(Ev.of(""))),
        Arguments.of("data:\n\n", List.of(Ev.of(""))),
        Arguments.of("data: \n\n", List.of(Ev.of(""))),
        Arguments.of("data:x:y\n\n", List.of(Ev.of("x:y"))),
        Arguments.of("data: a\ndata: b\n\n", List.of(Ev.of("a\nb"))),
        Arguments.of("data: a\ndata\ndata: b\n\n", List.of(Ev.of("a\n\nb"))),
        Arguments.of("data: a\n\ndata: b\n\n", List.of(Ev.of("a"), Ev.of("b"))),
        Arguments.of("\n\n\ndata: x\n\n\n\n", List.of(Ev.of("x"))),
        Arguments.of("event: add\ndata: 1\n\n", List.of(new Ev("add", "1", null))),
        Arguments.of("data: 1\nevent: add\n\n", List.of(new Ev("add", "1", null))),
        Arguments.of("event:\ndata: 1\n\n", List.of(Ev.of("1"))),
        Arguments.of("event: add\n\n", List.of()),
        Arguments.of("event: a\n\ndata: x\n\n", List.of(Ev.of("x"))),
        Arguments.of(": comment\ndata: x\n\n", List.of(Ev.of("x"))),
        Arguments.of(":\ndata: x\n\n", List.of(Ev.of("x"))),
        Arguments.of(":data: x\n\n", List.of()),
        Arguments.of("Data: x\n\n", List.of()),
        Arguments.of("data : x\n\n", List.of()),
        Arguments.of("foo: bar\ndata: x\nbaz\n\n", List.of(Ev.of("x"))),
        Arguments.of(
            "id: 1\ndata: a\n\ndata: b\n\n",
            List.of(new Ev(null, "a", "1"), new Ev(null, "b", "1"))),
        Arguments.of(
            "id: 1\ndata: a\n\nid: 2\u0000x\ndata: b\n\nid\ndata: c\n\n",
            List.of(new Ev(null, "a", "1"), new Ev(null, "b", "1"), new Ev(null, "c", ""))),
        Arguments.of("data: x", List.of(Ev.of("x"))),
        Arguments.of("data: x\n", List.of(Ev.of("x"))),
        Arguments.of("data: a\ndata: b", List.of(Ev.of("a\nb"))),
        Arguments.of("data: x\n\nevent: e\n", List.of(Ev.of("x"))),
        Arguments.of("\uFEFFdata: x\n\n", List.of(Ev.of("x"))),
        Arguments.of("\uFEFF\uFEFFdata: x\n\ndata: y\n\n", List.of(Ev.of("y"))),
        Arguments.of("data: \uFEFFx\n\n", List.of(Ev.of("\uFEFFx"))),
        Arguments.of("data: a\u2028b\u0085c\n\n", List.of(Ev.of("a\u2028b\u0085c"))),
        Arguments.of("data: 你好 😊\n\n", List.of(Ev.of("你好 😊"))),
        Arguments.of("data: [DONE]\n\n", List.of(Ev.of("[DONE]"))),
        Arguments.of("", List.of()),
        Arguments.of("\n", List.of()));
  }

  static Stream<Arguments> casesWithLineEnds() {
    return cases()
        .flatMap(
            c ->
                Stream.of("\n", "\r", "\r\n")
                    .map(
                        eol -> {
                          String input = ((String) c.get()[0]).replace("\n", eol);
                          return Arguments.of(input, c.get()[1]);
                        }));
  }

  @ParameterizedTest
  @MethodSource("casesWithLineEnds")
  void wholeInput(String input, List<Ev> expected) throws IOException {
    assertEquals(expected, readAll(input));
  }

  @ParameterizedTest
  @MethodSource("casesWithLineEnds")
  void everySplitPointAndPair(String input, List<Ev> expected) throws IOException {
    byte[] bytes = input.getBytes(UTF_8);
    for (int i = 0; i <= bytes.length; i++) {
      assertEquals(expected, readAll(ChunkedSource.split(bytes, i)), "split at " + i);
      for (int j = i; j <= bytes.length; j++) {
        assertEquals(
            expected, readAll(ChunkedSource.split(bytes, i, j)), "split at " + i + "," + j);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("casesWithLineEnds")
  void oneBytePerRead(String input, List<Ev> expected) throws IOException {
    assertEquals(expected, readAll(ChunkedSource.bytewise(input.getBytes(UTF_8))));
  }

  @Test
  void crAndLfInSeparateReadsAreOneLineEnd() throws IOException {
    byte[] bytes = "data: a\r\n\r\ndata: b\r\n\r\n".getBytes(UTF_8);
    // Every read ends right after a CR: "data: a\r" | "\n\r" | "\ndata: b\r" | "\n\r" | "\n".
    BufferedSource source = ChunkedSource.of(bytes, 8, 2, 10, 2, 1);
    assertEquals(List.of(Ev.of("a"), Ev.of("b")), readAll(source));
  }

  @Test
  void loneCrDoesNotEatTheNextLine() throws IOException {
    assertEquals(List.of(Ev.of("a\nb")), readAll("data: a\rdata: b\r\r"));
    assertEquals(List.of(Ev.of("a"), Ev.of("b")), readAll("data: a\r\rdata: b\r\n\n"));
  }

  @Test
  void eventIsDispatchedWithoutWaitingForMoreBytes() throws IOException {
    for (String eol : List.of("\n", "\r", "\r\n")) {
      String first = "data: one" + eol + eol;
      byte[] bytes = (first + "data: two" + eol + eol).getBytes(UTF_8);
      try (SseReader reader = new SseReader(ChunkedSource.stallingAfter(bytes, first.length()))) {
        assertTrue(reader.next());
        assertEquals("one", reader.dataUtf8(), "eol " + eol.length());
      }
    }
  }

  @Test
  void emojiSplitAtEveryOffset() throws IOException {
    byte[] bytes = "data: a😊b\n\n".getBytes(UTF_8);
    for (int i = 0; i <= bytes.length; i++) {
      for (int size = 1; size <= 4; size++) {
        BufferedSource source = ChunkedSource.of(bytes, i, size);
        assertEquals(List.of(Ev.of("a😊b")), readAll(source), "split at " + i + ", then " + size);
      }
    }
  }

  @Test
  void threeByteCharacterSplitAcrossReads() throws IOException {
    byte[] bytes = "data: 中\n\n".getBytes(UTF_8);
    assertEquals(List.of(Ev.of("中")), readAll(ChunkedSource.split(bytes, 8)));
  }

  @Test
  void dataBytesAreExact() throws IOException {
    try (SseReader reader = new SseReader(new Buffer().writeUtf8("data: é\n\n"))) {
      assertTrue(reader.next());
      assertEquals(ByteString.encodeUtf8("é"), reader.data().snapshot());
      assertTrue(reader.dataEquals(ByteString.encodeUtf8("é")));
      assertFalse(reader.dataEquals(ByteString.encodeUtf8("e")));
      assertEquals("é", reader.dataUtf8());
      assertEquals("é", reader.dataUtf8(), "dataUtf8 does not consume");
    }
  }

  @Test
  void doneIsDataLikeAnyOther() throws IOException {
    ByteString done = ByteString.encodeUtf8("[DONE]");
    try (SseReader reader =
        new SseReader(new Buffer().writeUtf8("data:[DONE]\n\ndata: [DONE]x\n\n"))) {
      assertTrue(reader.next());
      assertTrue(reader.dataEquals(done));
      assertTrue(reader.next());
      assertFalse(reader.dataEquals(done));
    }
  }

  @Test
  void retryAcceptsOnlyDigits() throws IOException {
    try (SseReader reader =
        new SseReader(
            new Buffer()
                .writeUtf8("retry: 1500\ndata: a\n\n")
                .writeUtf8("retry: 20s\ndata: b\n\n")
                .writeUtf8("retry:\ndata: c\n\n")
                .writeUtf8("retry: 99999999999999999999\ndata: d\n\n")
                .writeUtf8("retry:250\ndata: e\n\n"))) {
      long[] expected = {1500, 1500, 1500, 1500, 250};
      for (long retry : expected) {
        assertTrue(reader.next());
        assertEquals(retry, reader.retryMillis());
      }
      assertFalse(reader.next());
    }
  }

  @Test
  void noRetryMeansMinusOne() throws IOException {
    try (SseReader reader = new SseReader(new Buffer().writeUtf8("data: a\n\n"))) {
      assertTrue(reader.next());
      assertEquals(-1, reader.retryMillis());
      assertNull(reader.lastEventId());
      assertNull(reader.eventType());
    }
  }

  @Test
  void repeatedEventNamesAreStillRight() throws IOException {
    String input = "event: a\ndata: 1\n\nevent: a\ndata: 2\n\nevent: b\ndata: 3\n\ndata: 4\n\n";
    assertEquals(
        List.of(new Ev("a", "1", null), new Ev("a", "2", null), new Ev("b", "3", null), Ev.of("4")),
        readAll(input));
  }

  @Test
  void tenMegabyteLineInSmallReads() {
    StringBuilder value = new StringBuilder(10_000_000 + 8);
    for (int i = 0; i < 1_000_000; i++) {
      value.append("abcdefgh\u00e9");
    }
    byte[] bytes = ("data: " + value + "\n\n").getBytes(UTF_8);
    assertTrue(bytes.length > 10_000_000);
    // A reader that rescans the line on every 1 KB read would scan ~50 GB here.
    List<Ev> events =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> readAll(ChunkedSource.of(bytes, 1024)));
    assertEquals(1, events.size());
    assertEquals(value.toString(), events.get(0).data());
  }

  @Test
  void manyEventsInOneBuffer() throws IOException {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      input.append("event: e").append(i % 3).append("\ndata: ").append(i).append("\n\n");
    }
    List<Ev> events = readAll(input.toString());
    assertEquals(2000, events.size());
    for (int i = 0; i < 2000; i++) {
      assertEquals(new Ev("e" + (i % 3), Integer.toString(i), null), events.get(i));
    }
  }

  @Test
  void manyEventsAndDataLinesInLinearTime() {
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      input.append("data: {\"i\":").append(i).append("}\n\n");
    }
    input.append("data: x\n".repeat(200_000)).append('\n');
    byte[] bytes = input.toString().getBytes(UTF_8);
    // Quadratic buffering (rescanning or copying what is left per line) takes minutes here.
    int count =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> {
              int n = 0;
              try (SseReader reader = new SseReader(new Buffer().write(bytes))) {
                while (reader.next()) {
                  n++;
                }
              }
              return n;
            });
    assertEquals(200_001, count);
  }
}
