package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.StreamEvent;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Heap allocated per text delta while decoding a stream, on this thread: the String and the {@code
 * TextDelta} are inherent (about 70 bytes for a short word); gathering the text for a reply adds
 * its growing buffer. A Jackson parser per event cost about 700 bytes more; the scanners avoid it,
 * and this keeps it so.
 *
 * <p>Decoding 20,000 deltas of the benchmark's shapes from memory, after a warm-up: the minimum of
 * a few runs, so a stray allocation by the JIT or a class load does not count.
 */
class DecodeAllocationTest {
  private static final int DELTAS = 20_000;
  private static final String[] WORDS = {
    "The", " sky", " is", " blue", " because", " of", " Ray", "leigh", " scattering", ":",
    " \u00fcber", " caf\u00e9", " \u4f60\u597d", " \\\"x\\\"", "\\n\\n", " 42", "%", " (", "e.g.", ")"
  };

  @ParameterizedTest
  @CsvSource({"false, false, 120", "false, true, 180", "true, false, 120", "true, true, 180"})
  void bytesPerDelta(boolean chat, boolean keepText, int limit, TestReporter reporter)
      throws IOException {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(
        bean instanceof com.sun.management.ThreadMXBean threads
            && threads.isThreadAllocatedMemorySupported()
            && threads.isThreadAllocatedMemoryEnabled(),
        "this JVM does not count allocated bytes per thread");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    byte[] body = chat ? chat() : responses();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 12; run++) {
      Buffer source = new Buffer().write(body);
      long id = Thread.currentThread().getId();
      long before = threads.getThreadAllocatedBytes(id);
      int deltas = decode(source, chat, keepText);
      long allocated = threads.getThreadAllocatedBytes(id) - before;
      assertEquals(DELTAS, deltas);
      if (run >= 8) {
        best = Math.min(best, allocated);
      }
    }
    double perDelta = best / (double) DELTAS;
    String result =
        String.format(
            "%s, %s: %.1f bytes per delta (limit %d)",
            chat ? "Chat" : "Responses", keepText ? "whole text" : "deltas only", perDelta, limit);
    reporter.publishEntry("allocation", result);
    assertTrue(perDelta <= limit, result);
  }

  private static int decode(Buffer source, boolean chat, boolean keepText) throws IOException {
    int deltas = 0;
    try (EventReader reader =
        chat
            ? EventReader.chat(source, "req", keepText, TestFailures.FAILURES)
            : EventReader.responses(source, "req", keepText, TestFailures.FAILURES)) {
      for (StreamEvent event; (event = reader.next()) != null; ) {
        deltas += event instanceof StreamEvent.TextDelta ? 1 : 0;
      }
    }
    return deltas;
  }

  private static byte[] responses() {
    Random random = new Random(42);
    StringBuilder sse = new StringBuilder();
    String item = "msg_0976c6df58902d6a0068c9ef3537f48196a252a62ce5661cef";
    sse.append("event: response.created\ndata: {\"type\":\"response.created\",\"sequence_number\":0,")
        .append("\"response\":{\"id\":\"resp_1\",\"model\":\"m\",\"status\":\"in_progress\",\"output\":[]}}\n\n");
    for (int i = 0; i < DELTAS; i++) {
      sse.append("event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\",")
          .append("\"sequence_number\":").append(i + 1).append(",\"item_id\":\"").append(item)
          .append("\",\"output_index\":0,\"content_index\":0,\"delta\":\"")
          .append(WORDS[random.nextInt(WORDS.length)])
          .append("\",\"logprobs\":[],\"obfuscation\":\"aBcDeFgHiJ\"}\n\n");
    }
    sse.append("event: response.completed\ndata: {\"type\":\"response.completed\",\"sequence_number\":")
        .append(DELTAS + 1)
        .append(",\"response\":{\"id\":\"resp_1\",\"model\":\"m\",\"status\":\"completed\",\"output\":[],")
        .append("\"usage\":{\"input_tokens\":1,\"output_tokens\":2,\"total_tokens\":3}}}\n\n");
    return Outcome.utf8(sse.toString());
  }

  private static byte[] chat() {
    Random random = new Random(43);
    StringBuilder sse = new StringBuilder();
    String head =
        "data: {\"id\":\"chatcmpl-Dx0XbBenchmarkStream0000000001\",\"object\":\"chat.completion.chunk\","
            + "\"created\":1782955817,\"model\":\"gpt-5-mini-2025-08-07\",\"service_tier\":\"default\","
            + "\"system_fingerprint\":\"fp_d0469e1700\",\"choices\":[";
    for (int i = 0; i < DELTAS; i++) {
      sse.append(head)
          .append("{\"index\":0,\"delta\":{\"content\":\"")
          .append(WORDS[random.nextInt(WORDS.length)])
          .append("\"},\"logprobs\":null,\"finish_reason\":null}],\"usage\":null,\"obfuscation\":\"abc\"}\n\n");
    }
    sse.append(head)
        .append("{\"index\":0,\"delta\":{},\"logprobs\":null,\"finish_reason\":\"stop\"}],\"usage\":null}\n\n")
        .append("data: [DONE]\n\n");
    return Outcome.utf8(sse.toString());
  }
}
