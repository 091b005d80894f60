package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.output.Answers.Person;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Heap allocated per streamed element, on this thread: the same for a short answer and one ten
 * times longer, so no work grows with the text already read (a parser that re-read the text per
 * delta would allocate in proportion to it). A ceiling per element, about 2.5 times what an element
 * costs now (the {@code Person}, its name, and the boxed values for its constructor), catches a
 * buffer copied per delta or a token buffer made per element. The minimum of a few runs after a
 * warm-up, so the JIT's own allocations do not count. Nothing here measures time.
 */
class ElementParserAllocationTest {
  private static final String ELEMENT = "{\"name\": \"Ada Lovelace \\u00e9 😀\", \"age\": 36}";

  @Test
  void bytesPerElementDoNotGrowWithTheAnswer() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    Assumptions.assumeTrue(
        bean instanceof com.sun.management.ThreadMXBean threads
            && threads.isThreadAllocatedMemorySupported()
            && threads.isThreadAllocatedMemoryEnabled(),
        "this JVM does not count allocated bytes per thread");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    double short_ = bytesPerElement(threads, 2_000);
    double long_ = bytesPerElement(threads, 20_000);
    String figures = String.format("%.0f bytes per element, then %.0f", short_, long_);
    assertTrue(long_ < short_ * 1.25 + 50, figures);
    assertTrue(long_ < 600, figures);
  }

  private static double bytesPerElement(com.sun.management.ThreadMXBean threads, int elements) {
    String[] deltas = deltas();
    long id = Thread.currentThread().getId();
    long best = Long.MAX_VALUE;
    for (int run = 0; run < 8; run++) {
      int[] count = {0};
      ElementParser parser =
          TypedOutput.ofElements("Lister.people", Person.class)
              .elements(OutputMode.STRICT, s -> s, person -> count[0]++);
      long before = threads.getThreadAllocatedBytes(id);
      parser.feed("{\"items\":[");
      for (int i = 0; i < elements; i++) {
        for (String delta : deltas) {
          parser.feed(delta);
        }
      }
      parser.feed("{\"name\":\"end\",\"age\":0}]}");
      parser.finish("stop");
      long allocated = threads.getThreadAllocatedBytes(id) - before;
      assertEquals(elements + 1, count[0]);
      if (run >= 4) {
        best = Math.min(best, allocated);
      }
    }
    return best / (double) elements;
  }

  /** One element and its comma, in deltas of about a token each, as a model streams them. */
  private static String[] deltas() {
    String text = ELEMENT + ",";
    String[] deltas = new String[(text.length() + 3) / 4];
    for (int i = 0; i < deltas.length; i++) {
      deltas[i] = text.substring(i * 4, Math.min(text.length(), i * 4 + 4));
    }
    return deltas;
  }
}
