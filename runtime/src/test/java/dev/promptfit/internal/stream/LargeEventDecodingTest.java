package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.sse.ChunkedSource;
import dev.promptfit.internal.sse.SseReader;
import dev.promptfit.internal.stream.FixtureTest.Fixture;
import java.io.IOException;
import java.util.stream.Stream;
import okio.Buffer;
import okio.BufferedSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Events larger than the SSE reader's limit are parsed as they arrive instead of held; the outcome
 * must not change. Every fixture is replayed with limits small enough to make all or some of its
 * events large, and long synthetic streams check what the large path skips.
 */
class LargeEventDecodingTest {

  static EventReader reader(BufferedSource source, boolean chat, boolean keepText, long limit) {
    StreamDecoder decoder =
        chat
            ? new ChatDecoder(TestFailures.FAILURES, "req_f", keepText)
            : new ResponsesDecoder(TestFailures.FAILURES, "req_f", keepText);
    return new EventReader(source, decoder, limit);
  }

  @TestFactory
  Stream<DynamicTest> everyFixtureDecodesTheSameWhenItsEventsAreLarge() throws IOException {
    return FixtureTest.each(LargeEventDecodingTest::sameWhenLarge);
  }

  private static void sameWhenLarge(Fixture fixture) {
    Outcome held = fixture.outcome();
    byte[] bytes = fixture.bytes();
    for (long limit : new long[] {0, 1, 100, 1000}) {
      assertEquals(
          held,
          Outcome.of(reader(new Buffer().write(bytes), fixture.chat(), true, limit)),
          "limit " + limit);
      assertEquals(
          held,
          Outcome.of(reader(ChunkedSource.random(bytes, limit, 300), fixture.chat(), true, limit)),
          "chunked, limit " + limit);
    }
  }

  @Test
  void malformedLargeEventsAreReportedAsHeldOnesAre() {
    String[] bodies = {
      "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",\"delta\":\"abc\n\n",
      "data: {\"type\":\"my secret prompt\",\"x\":tru}\n\n",
      "event: response.output_text.delta\ndata: 42\n\n",
      "data: {\"type\":\"x\",\"a\":" + "[".repeat(2000) + "\n\n",
      "data: \u0000{}\n\n",
      "data:    \n\n",
      "event: error\ndata: {\"message\":\"boom\",\"code\":\"c\"}\n\n",
      "event: error\ndata: [1]\n\n",
    };
    for (String body : bodies) {
      for (boolean chat : new boolean[] {false, true}) {
        Outcome held = Outcome.of(reader(new Buffer().writeUtf8(body), chat, true, 1 << 16));
        Outcome large = Outcome.of(reader(new Buffer().writeUtf8(body), chat, true, 0));
        assertEquals(held, large, body);
      }
    }
  }

  /**
   * A Responses stream as OpenAI sends it, with every repeat of the text, where each repeat is far
   * larger than the limit: the reply is the same as when all is held, with or without deltas.
   */
  @Test
  void repeatsOfTheTextAreSkippedAndTheReplyIsTheSame() {
    String text = "Hello, \u00e9l\u00e8ve \u4e2d\u6587 \ud83d\ude0a \"quoted\"\n".repeat(2000);
    for (boolean withDeltas : new boolean[] {true, false}) {
      String body = responsesStream(text, withDeltas);
      Reply held = Outcome.responses(body).reply();
      Outcome large =
          Outcome.of(reader(ChunkedSource.random(utf8(body), 9, 4000), false, true, 1024));
      assertEquals(held, large.reply(), "with deltas: " + withDeltas);
      assertEquals(text, large.reply().text());
      assertEquals("resp_big", large.reply().id());
      assertEquals(77, large.reply().usage().outputTokens());
    }
  }

  @Test
  void withoutKeepTextTheReplyHasNoTextButTheDeltasAreAllThere() {
    String text = "abc\u00e9".repeat(5000);
    String body = responsesStream(text, true);
    Outcome outcome = Outcome.of(reader(new Buffer().writeUtf8(body), false, false, 1024));
    assertEquals(text, outcome.joined(StreamEvent.TextDelta.class));
    assertEquals("", outcome.reply().text());
    assertEquals("resp_big", outcome.reply().id());
  }

  /** A body with {@code text} in 100-char deltas (if asked for) and all four repeats of it. */
  static String responsesStream(String text, boolean withDeltas) {
    StringBuilder sse = new StringBuilder();
    sse.append(
        event("response.created", "\"response\":{\"id\":\"resp_big\",\"status\":\"in_progress\"}"));
    if (withDeltas) {
      for (int i = 0; i < text.length(); ) {
        int end = Math.min(text.length(), i + 100);
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
          end++;
        }
        String delta = json(text.substring(i, end));
        sse.append(event("response.output_text.delta", "\"item_id\":\"m\",\"delta\":" + delta));
        i = end;
      }
    }
    String whole = json(text);
    String part = "{\"type\":\"output_text\",\"annotations\":[],\"text\":" + whole + "}";
    String item =
        "{\"id\":\"m\",\"type\":\"message\",\"status\":\"completed\",\"content\":["
            + part
            + "],\"role\":\"assistant\"}";
    sse.append(event("response.output_text.done", "\"item_id\":\"m\",\"text\":" + whole));
    sse.append(event("response.content_part.done", "\"item_id\":\"m\",\"part\":" + part));
    sse.append(event("response.output_item.done", "\"output_index\":0,\"item\":" + item));
    sse.append(
        event(
            "response.completed",
            "\"response\":{\"id\":\"resp_big\",\"model\":\"gpt-x\",\"status\":\"completed\","
                + "\"output\":["
                + item
                + "],\"usage\":{\"input_tokens\":3,\"output_tokens\":77,\"total_tokens\":80}}"));
    return sse.toString();
  }

  /** {@code text} as a JSON string. */
  static String json(String text) {
    return TextNode.valueOf(text).toString();
  }

  private static String event(String type, String fields) {
    return "event: " + type + "\ndata: {\"type\":\"" + type + "\"," + fields + "}\n\n";
  }

  private static byte[] utf8(String s) {
    return s.getBytes(UTF_8);
  }

  @Test
  void theReaderIsNeverAskedToHoldALargeEvent() throws IOException {
    String body = responsesStream("x".repeat(300_000), true);
    int large = 0;
    try (SseReader sse = new SseReader(new Buffer().writeUtf8(body))) {
      while (sse.next()) {
        large += sse.isLarge() ? 1 : 0;
      }
    }
    assertEquals(4, large, "the four repeats are large at the default limit");
  }
}
