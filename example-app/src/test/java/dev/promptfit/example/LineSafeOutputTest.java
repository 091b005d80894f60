package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What the example writes passes through; lines from other threads wait for a line's end. */
class LineSafeOutputTest {
  private static final String NL = System.lineSeparator();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final LineSafeOutput console = new LineSafeOutput(bytes);
  private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);

  @Test
  void aLineAtTheStartOfALineIsWrittenAtOnce() {
    out.println("first");
    console.printLine("  [summary]");
    assertEquals("first" + NL + "  [summary]" + NL, printed());
  }

  @Test
  void aLinePrintedMidLineWaitsForThatLineToEndAndLinesKeepTheirOrder() {
    out.print("Bytes");
    out.print(" trickle");
    console.printLine("  [one]");
    console.printLine("  [two]");
    assertEquals("Bytes trickle", printed());
    out.print(" in");
    out.println();
    out.println("next");
    assertEquals(
        "Bytes trickle in" + NL + "  [one]" + NL + "  [two]" + NL + "next" + NL, printed());
  }

  @Test
  void aWriteWithALineEndInsideItLetsTheWaitingLinesInRightAfterThatEnd() {
    out.print("abc");
    console.printLine("  [s]");
    out.print("def\nghi\njk");
    out.print("é\n");
    assertEquals("abcdef\nghi\n  [s]" + NL + "jké\n", printed());
  }

  @Test
  void closingEndsAnOpenLineSoNoWaitingLineIsLost() throws Exception {
    out.print("never ended");
    console.printLine("  [s]");
    out.close();
    assertEquals("never ended" + NL + "  [s]" + NL, printed());
  }

  @Test
  void closingWithNothingWaitingLeavesAnOpenLineAsItIs() throws Exception {
    out.print("prompt> ");
    out.close();
    assertEquals("prompt> ", printed());
  }

  /** A writer printing lines in pieces while other threads print whole lines. */
  @Test
  void linesFromManyThreadsNeverCutIntoALine() throws Exception {
    int threads = 4;
    int perThread = 200;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> printers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int id = t;
      Thread printer =
          new Thread(
              () -> {
                awaitQuietly(start);
                for (int i = 0; i < perThread; i++) {
                  console.printLine("  [thread " + id + " line " + i + "]");
                }
              });
      printer.start();
      printers.add(printer);
    }
    start.countDown();
    for (int i = 0; i < 500; i++) {
      out.print("piece ");
      out.print(i);
      out.print(" of a line");
      out.println();
    }
    for (Thread printer : printers) {
      printer.join(TimeUnit.SECONDS.toMillis(30));
      assertFalse(printer.isAlive(), "a printer is still running");
    }
    List<String> lines = printed().lines().toList();
    assertEquals(500 + threads * perThread, lines.size());
    int written = 0;
    for (String line : lines) {
      if (line.startsWith("piece ")) {
        assertEquals("piece " + written + " of a line", line);
        written++;
      } else {
        assertTrue(line.matches("  \\[thread \\d line \\d+]"), line);
      }
    }
    assertEquals(500, written);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
