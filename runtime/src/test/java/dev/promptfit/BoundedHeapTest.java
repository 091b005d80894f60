package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A 100 MiB answer streamed through the whole client into {@code Stream<String>} and {@code
 * Flow.Publisher<String>} in a 64 MiB heap: the text is not gathered, and a Responses stream's
 * repeats of it ({@code response.output_text.done}, {@code response.content_part.done}, {@code
 * response.output_item.done}, and the output of {@code response.completed}), each a single 100 MiB
 * line, are skipped as they arrive. The server writes the body from one reused chunk, never holding
 * it.
 *
 * <p>Tagged {@code bounded-heap}: runs only in its own surefire execution, with {@code -Xmx64m}
 * (runtime/pom.xml). In a larger heap it would prove nothing, so it refuses to run there. A run
 * out of memory can leave a publisher that never signals, so every wait is bounded.
 */
@Tag("bounded-heap")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class BoundedHeapTest {
  private static final int DELTA_CHARS = 1024;
  private static final int DELTAS = 100 * 1024;
  private static final long TEXT_CHARS = (long) DELTA_CHARS * DELTAS;

  @RegisterExtension final ServedClient served = new ServedClient(b -> b);

  @BeforeAll
  static void heapIsSmall() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(
        max <= 80L * 1024 * 1024,
        "run in the bounded-heap surefire execution (-Xmx64m); max heap is " + max);
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void streamOfStrings(Api api, TestReporter reporter) {
    enqueue(api);
    Checksum sum = new Checksum();
    try (Stream<String> deltas = served.assistant().stream("q", CallOptions.builder().api(api).build())) {
      deltas.forEach(sum::add);
    }
    sum.assertWholeText();
    report(reporter, api + " Stream<String>", sum);
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void publisher(Api api, TestReporter reporter) throws Exception {
    enqueue(api);
    Checksum sum = new Checksum();
    CompletableFuture<Void> done = new CompletableFuture<>();
    served.assistant()
        .publisher("q", CallOptions.builder().api(api).build())
        .subscribe(
            new Flow.Subscriber<String>() {
              @Override
              public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(String item) {
                sum.add(item);
              }

              @Override
              public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
              }

              @Override
              public void onComplete() {
                done.complete(null);
              }
            });
    done.get(100, TimeUnit.SECONDS);
    sum.assertWholeText();
    report(reporter, api + " Flow.Publisher<String>", sum);
  }

  private void enqueue(Api api) {
    MockResponseBody body = api == Api.RESPONSES ? new ResponsesBody() : new ChatBody();
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
  }

  /** What the run took, as a JUnit report entry (IDEs show it; the build log stays quiet). */
  private static void report(TestReporter reporter, String what, Checksum sum) {
    reporter.publishEntry(
        "heap",
        String.format(
            "%s: %d MiB of text in a %d MiB heap; at most %.1f MiB live mid-stream",
            what,
            TEXT_CHARS >> 20,
            Runtime.getRuntime().maxMemory() >> 20,
            sum.maxLive / 1048576.0));
  }

  /** Heap in use right after a full collection: what is live mid-stream, not garbage waiting. */
  static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  /** The text of delta {@code i}: printable ASCII with a few multi-byte characters, varied by i. */
  static String delta(int i) {
    StringBuilder text = new StringBuilder(DELTA_CHARS);
    for (int c = 0; c < DELTA_CHARS; c++) {
      int k = (i * 31 + c) % 97;
      text.append(k == 0 ? 'é' : k == 1 ? '中' : (char) ('a' + k % 26));
    }
    return text.toString();
  }

  /** Counts what arrived and checks it is the generated text, in order, without keeping it. */
  static final class Checksum {
    private final Checksum expected;
    long chars;
    long hash;
    long maxLive;
    private int count;

    Checksum() {
      this(true);
    }

    private Checksum(boolean withExpected) {
      if (withExpected) {
        expected = new Checksum(false);
        for (int i = 0; i < DELTAS; i++) {
          expected.add(delta(i));
        }
      } else {
        expected = null;
      }
    }

    void add(String text) {
      if (++count % 16384 == 0 && expected != null) {
        maxLive = Math.max(maxLive, liveHeap());
      }
      chars += text.length();
      for (int i = 0; i < text.length(); i++) {
        hash = hash * 31 + text.charAt(i);
      }
    }

    void assertWholeText() {
      assertEquals(TEXT_CHARS, chars, "chars");
      assertEquals(expected.hash, hash, "the text, in order");
    }
  }

  /** A body written event by event; the whole text is written again for each repeat. */
  private abstract static class GeneratedBody implements MockResponseBody {
    @Override
    public long getContentLength() {
      return -1;
    }

    static void writeText(BufferedSink sink) throws IOException {
      for (int i = 0; i < DELTAS; i++) {
        sink.writeUtf8(delta(i));
      }
    }
  }

  /** Responses, as OpenAI sends it: every repeat of the text included. */
  private static final class ResponsesBody extends GeneratedBody {
    private static final String ITEM = "msg_0976c6df58902d6a0068c9ef3537f48196a252a62ce5661cef";

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      int seq = 0;
      String response =
          "{\"id\":\"resp_1\",\"object\":\"response\",\"model\":\"gpt-test\",\"status\":";
      event(sink, "response.created")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"response\":" + response)
          .writeUtf8("\"in_progress\",\"output\":[]}}\n\n");
      event(sink, "response.output_item.added")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":{\"id\":\"")
          .writeUtf8(ITEM + "\",\"type\":\"message\",\"status\":\"in_progress\",\"content\":[]}}\n\n");
      for (int i = 0; i < DELTAS; i++) {
        event(sink, "response.output_text.delta")
            .writeUtf8(",\"sequence_number\":" + seq++ + ",\"item_id\":\"" + ITEM)
            .writeUtf8("\",\"output_index\":0,\"content_index\":0,\"delta\":\"")
            .writeUtf8(delta(i))
            .writeUtf8("\",\"logprobs\":[],\"obfuscation\":\"Xb3k\"}\n\n");
      }
      event(sink, "response.output_text.done")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"item_id\":\"" + ITEM)
          .writeUtf8("\",\"output_index\":0,\"content_index\":0,\"text\":\"");
      writeText(sink);
      sink.writeUtf8("\",\"logprobs\":[]}\n\n");
      event(sink, "response.content_part.done")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"item_id\":\"" + ITEM)
          .writeUtf8("\",\"output_index\":0,\"content_index\":0,\"part\":");
      part(sink);
      sink.writeUtf8("}\n\n");
      event(sink, "response.output_item.done")
          .writeUtf8(",\"sequence_number\":" + seq++ + ",\"output_index\":0,\"item\":");
      item(sink);
      sink.writeUtf8("}\n\n");
      event(sink, "response.completed")
          .writeUtf8(",\"sequence_number\":" + seq + ",\"response\":" + response)
          .writeUtf8("\"completed\",\"output\":[");
      item(sink);
      sink.writeUtf8("],\"usage\":{\"input_tokens\":5,\"output_tokens\":" + DELTAS)
          .writeUtf8(",\"total_tokens\":" + (DELTAS + 5) + "}}}\n\n");
    }

    private static BufferedSink event(BufferedSink sink, String type) throws IOException {
      return sink.writeUtf8("event: " + type + "\ndata: {\"type\":\"" + type + "\"");
    }

    private static void item(BufferedSink sink) throws IOException {
      sink.writeUtf8("{\"id\":\"" + ITEM + "\",\"type\":\"message\",\"status\":\"completed\",")
          .writeUtf8("\"content\":[");
      part(sink);
      sink.writeUtf8("],\"role\":\"assistant\"}");
    }

    private static void part(BufferedSink sink) throws IOException {
      sink.writeUtf8("{\"type\":\"output_text\",\"annotations\":[],\"logprobs\":[],\"text\":\"");
      writeText(sink);
      sink.writeUtf8("\"}");
    }
  }

  /** Chat Completions chunks, a finish reason, a usage chunk and [DONE]. */
  private static final class ChatBody extends GeneratedBody {
    private static final String HEAD =
        "data: {\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"created\":1782955817,"
            + "\"model\":\"gpt-test\",\"system_fingerprint\":\"fp_d0469e1700\",\"choices\":[";

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.writeUtf8(HEAD)
          .writeUtf8("{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":\"\"},")
          .writeUtf8("\"finish_reason\":null}]}\n\n");
      for (int i = 0; i < DELTAS; i++) {
        sink.writeUtf8(HEAD)
            .writeUtf8("{\"index\":0,\"delta\":{\"content\":\"")
            .writeUtf8(delta(i))
            .writeUtf8("\"},\"logprobs\":null,\"finish_reason\":null}],\"obfuscation\":\"q1\"}\n\n");
      }
      sink.writeUtf8(HEAD).writeUtf8("{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
      sink.writeUtf8(HEAD)
          .writeUtf8("],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":" + DELTAS)
          .writeUtf8(",\"total_tokens\":" + (DELTAS + 5) + "}}\n\ndata: [DONE]\n\n");
    }
  }
}
