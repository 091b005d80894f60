package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.output.Answers.Person;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Over 60 MB of list answer streamed through an {@link ElementParser} in a 64 MiB heap: 250,000
 * elements, generated and cut into deltas as they are fed, so the test holds only one element's
 * text at a time. Each element is checked as it arrives and then dropped. The heap in use after a
 * full collection is measured early and late; it must not grow with the elements parsed.
 *
 * <p>Tagged {@code bounded-heap}: runs only in its own surefire execution, with {@code -Xmx64m}
 * (runtime/pom.xml), and refuses to run in a larger heap, where it would prove nothing.
 */
@Tag("bounded-heap")
@Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ElementParserBoundedHeapTest {
  private static final int ELEMENTS = 250_000;
  private static final String FILLER =
      "caf\\u00e9 \\\"quoted\\\" }{ ][ 😀 naïve 中文 " + "lorem ipsum dolor sit amet ".repeat(7);

  @BeforeAll
  static void heapIsSmall() {
    long max = Runtime.getRuntime().maxMemory();
    assertTrue(
        max <= 80L * 1024 * 1024,
        "run in the bounded-heap surefire execution (-Xmx64m); max heap is " + max);
  }

  @Test
  void elementsStreamInMemoryThatDoesNotGrowWithTheirNumber() {
    long[] live = new long[2];
    int[] next = {0};
    ElementParser parser =
        TypedOutput.ofElements("Lister.people", Person.class)
            .elements(
                OutputMode.STRICT,
                s -> s,
                element -> {
                  int i = next[0]++;
                  Person person = (Person) element;
                  assertEquals(i % 100, person.age());
                  assertTrue(person.name().startsWith("person " + i + " "), person.name());
                  if (i == ELEMENTS / 10) {
                    live[0] = liveHeap();
                  } else if (i == ELEMENTS - ELEMENTS / 10) {
                    live[1] = liveHeap();
                  }
                });
    Random random = new Random(11);
    StringBuilder pending = new StringBuilder("{\"items\": [");
    long chars = 0;
    for (int i = 0; i < ELEMENTS; i++) {
      pending
          .append(i == 0 ? "" : ",\n  ")
          .append("{\"name\": \"person ")
          .append(i)
          .append(' ')
          .append(FILLER)
          .append("\", \"age\": ")
          .append(i % 100)
          .append('}');
      chars += feedSome(parser, pending, random);
    }
    pending.append("]}");
    chars += pending.length();
    parser.feed(pending.toString());
    parser.finish("stop");

    assertEquals(ELEMENTS, next[0]);
    assertTrue(chars > 60_000_000L, "only " + chars + " chars streamed");
    assertTrue(
        live[1] < live[0] + 4L * 1024 * 1024,
        "live heap grew from " + live[0] + " to " + live[1] + " bytes while elements streamed");
  }

  /** Feeds all but the last few chars of {@code pending} in random pieces; returns the count. */
  private static long feedSome(ElementParser parser, StringBuilder pending, Random random) {
    int fed = 0;
    while (pending.length() - fed > 64) {
      int size = 1 + random.nextInt(48);
      parser.feed(pending.substring(fed, fed + size));
      fed += size;
    }
    pending.delete(0, fed);
    return fed;
  }

  /** Heap in use right after a full collection: what is live, not garbage waiting. */
  private static long liveHeap() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
