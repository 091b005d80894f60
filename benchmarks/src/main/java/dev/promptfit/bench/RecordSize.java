package dev.promptfit.bench;

import dev.promptfit.internal.Types;
import dev.promptfit.internal.output.OutputMode;
import dev.promptfit.internal.output.TypedOutput;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap one {@link Item} of the typed benchmark holds once bound: the record, its strings and
 * its tag list, as Promptfit's own readers build them. Measured, not estimated: 20,000 items held
 * at once, the heap in use after a full collection before and after, less the list slots that hold
 * them.
 */
final class RecordSize {
  private static final int COPIES = 10;

  private RecordSize() {}

  /** Bytes per item. */
  static double measure() {
    String json = TypedBodies.json();
    TypedOutput output =
        TypedOutput.of("RecordSize.items", Types.parameterized(List.class, Item.class));
    // Warm up the readers, so their own classes and caches are not counted.
    output.read(json, "stop", OutputMode.STRICT, s -> s);
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Object> held = new ArrayList<>(COPIES);
    long before = usedAfterGc(memory);
    for (int i = 0; i < COPIES; i++) {
      held.add(output.read(json, "stop", OutputMode.STRICT, s -> s));
    }
    long after = usedAfterGc(memory);
    int items = COPIES * TypedBodies.ELEMENTS;
    if (held.size() != COPIES) {
      throw new IllegalStateException("lost a copy");
    }
    // Each list holds its items in an array of references (4 bytes with compressed oops).
    return (after - before) / (double) items - 4;
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  public static void main(String[] args) {
    System.out.printf("%.1f bytes per Item%n", measure());
  }
}
