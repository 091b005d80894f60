package dev.promptfit.internal.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.promptfit.Usage;
import org.junit.jupiter.api.Test;

/** A turn's usage: summed counts, and NONE only when no response reported any. */
class SpendingTest {
  @Test
  void countsAddUp() {
    assertEquals(
        new Usage(11, 22, 33, 4, 6),
        Spending.plus(new Usage(10, 20, 30, 3, 5), new Usage(1, 2, 3, 1, 1)));
  }

  @Test
  void aResponseThatReportedNothingAddsNothing() {
    Usage reported = new Usage(1, 2, 3, 0, 0);
    assertSame(reported, Spending.plus(Usage.NONE, reported));
    assertSame(reported, Spending.plus(reported, Usage.NONE));
    assertSame(Usage.NONE, Spending.plus(Usage.NONE, Usage.NONE));
  }
}
