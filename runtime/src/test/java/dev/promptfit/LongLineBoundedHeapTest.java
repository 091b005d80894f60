package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bounded-memory promise for every SSE line kind: after a first delta, a 100 MiB comment, {@code
 * event:}, {@code id:}, {@code retry:} or unknown-field line (also one that arrives gzip-compressed,
 * 100 KiB on the wire) ends the stream with a {@link StreamException} naming the limit, in a 64 MiB
 * heap. Before the limit, such a line was held whole and exhausted the heap.
 *
 * <p>Tagged {@code bounded-heap}: runs only in its own surefire execution, with {@code -Xmx64m}
 * (runtime/pom.xml); it refuses to run in a larger heap, where it would prove nothing.
 */
@Tag("bounded-heap")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LongLineBoundedHeapTest {
  private static final long LINE_BYTES = 100L * 1024 * 1024;

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.maxRetries(0));

  @BeforeAll
  static void heapIsSmall() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(
        max <= 80L * 1024 * 1024,
        "run in the bounded-heap surefire execution (-Xmx64m); max heap is " + max);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ": | a comment line | false",
        "event: | an event line | false",
        "id: | an id line | false",
        "retry: | a retry line | false",
        "x-extra: | a line of an unknown field | false",
        ": | a comment line | true",
        "event: | an event line | true",
      })
  void aHugeLineOfAnyKindEndsTheStreamWithinTheHeap(String start, String kind, boolean gzip) {
    for (Api api : new Api[] {Api.RESPONSES, Api.CHAT_COMPLETIONS}) {
      MockResponse.Builder response =
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/event-stream")
              .body(new HugeLine(first(api), start, gzip));
      if (gzip) {
        response.addHeader("Content-Encoding", "gzip");
      }
      served.server().enqueue(response.build());
      StreamException e =
          assertThrows(
              StreamException.class,
              () -> Shape.STREAM.run(served.assistant(), "q", CallOptions.builder().api(api).build()));
      assertTrue(e.getMessage().contains(kind + " longer than 65536 bytes"), e.getMessage());
      assertTrue(e.getMessage().startsWith("TestAssistant.stream: "), e.getMessage());
      assertEquals("Hello", e.partialText());
    }
  }

  private static String first(Api api) {
    return api == Api.RESPONSES
        ? Bodies.event("response.output_text.delta", "{\"type\":\"response.output_text.delta\",\"delta\":\"Hello\"}")
        : Bodies.data("{\"id\":\"c\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hello\"}}]}");
  }

  /** A first event, then one 100 MiB line, written from a reused chunk (never held). */
  private static final class HugeLine implements MockResponseBody {
    private final String first;
    private final String start;
    private final boolean gzip;

    HugeLine(String first, String start, boolean gzip) {
      this.first = first;
      this.start = start;
      this.gzip = gzip;
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      byte[] chunk = new byte[64 * 1024];
      java.util.Arrays.fill(chunk, (byte) 'a');
      OutputStream out = gzip ? new GZIPOutputStream(sink.outputStream(), 8192, true) : sink.outputStream();
      try {
        out.write((first + start).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.flush();
        for (long written = 0; written < LINE_BYTES; written += chunk.length) {
          out.write(chunk);
        }
        out.write("\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.close();
      } catch (IOException clientHungUp) {
        // Expected: the client gives up at the limit and closes the connection.
      }
    }
  }
}
