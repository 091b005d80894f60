package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.StreamEvent.ReasoningDelta;
import dev.promptfit.StreamEvent.TextDelta;
import java.io.IOException;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import org.junit.jupiter.api.Test;

class EventReaderTest {

  /** A body that delivers {@code text} and then fails as a dropped connection does. */
  static final class BrokenSource extends ForwardingSource {
    final IOException failure = new IOException("connection reset");
    boolean closed;

    BrokenSource(String text) {
      super(new Buffer().writeUtf8(text));
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long n = super.read(sink, byteCount);
      if (n == -1) {
        throw failure;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  @Test
  void sourceFailuresPropagateUnchanged() throws IOException {
    BrokenSource broken =
        new BrokenSource("data: {\"choices\":[{\"delta\":{\"content\":\"Hi\"}}]}\n\n");
    EventReader reader = EventReader.chat(Okio.buffer(broken), null, true, TestFailures.FAILURES);
    assertEquals(new TextDelta("Hi"), reader.next());
    IOException thrown = assertThrows(IOException.class, reader::next);
    assertSame(broken.failure, thrown);
    assertEquals("Hi", reader.partialText().text());
    assertNull(reader.next(), "a failed stream is over");
  }

  @Test
  void closeClosesTheSourceAndEndsTheStream() throws IOException {
    BrokenSource source =
        new BrokenSource(
            "data: {\"type\":\"response.reasoning_text.delta\",\"delta\":\"a\"}\n\n"
                + "data: {\"type\":\"response.output_text.delta\",\"delta\":\"b\"}\n\n");
    EventReader reader = EventReader.responses(Okio.buffer(source), null, true, TestFailures.FAILURES);
    assertEquals(new ReasoningDelta("a"), reader.next());
    reader.close();
    reader.close();
    assertTrue(source.closed);
    assertNull(reader.next());
  }

  @Test
  void oneChunkCanYieldSeveralEvents() throws IOException {
    BufferedSource body =
        new Buffer()
            .writeUtf8(
                "data:"
                    + " {\"choices\":[{\"index\":0,\"delta\":{\"reasoning\":\"r\",\"content\":\"c\"},\"finish_reason\":\"stop\"}]}\n\n"
                    + "data: [DONE]\n\n");
    try (EventReader reader = EventReader.chat(body, null, true, TestFailures.FAILURES)) {
      assertEquals(new ReasoningDelta("r"), reader.next());
      assertEquals(new TextDelta("c"), reader.next());
      assertEquals("c", reader.partialText().text());
      assertEquals("c", ((dev.promptfit.StreamEvent.Completed) reader.next()).reply().text());
      assertNull(reader.next());
    }
  }
}
