package dev.promptfit.example;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The example's output, shared by the example and {@link CallSummary}: what the example writes
 * passes straight through, and a line {@link #printLine printed} from any thread never lands in the
 * middle of a line the example has begun (a streamed answer is printed delta by delta, and its call
 * ends before the example ends the line); it waits for that line to end.
 *
 * <pre><code>
 * LineSafeOutput console = new LineSafeOutput(System.out);
 * PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
 * CallSummary summary = new CallSummary(console::printLine);
 * </code></pre>
 */
final class LineSafeOutput extends OutputStream {
  private static final byte[] LINE_SEPARATOR =
      System.lineSeparator().getBytes(StandardCharsets.UTF_8);

  private final OutputStream target;
  private final List<String> waiting = new ArrayList<>();
  private boolean atLineStart = true;

  /** Writes to {@code target}, which {@link #close()} leaves open: it is usually System.out. */
  LineSafeOutput(OutputStream target) {
    this.target = Objects.requireNonNull(target, "target");
  }

  /**
   * Writes {@code line} and a line separator now if the output is at the start of a line, or else
   * as soon as the current line ends; lines keep the order they were printed in.
   */
  synchronized void printLine(String line) {
    Objects.requireNonNull(line, "line");
    waiting.add(line);
    if (atLineStart) {
      try {
        writeWaiting();
        target.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  /** Writes the bytes up to their last line end, then the waiting lines, then the rest. */
  @Override
  public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, bytes.length);
    int end = offset + length;
    int lastLineEnd = end - 1;
    while (lastLineEnd >= offset && bytes[lastLineEnd] != '\n') {
      lastLineEnd--;
    }
    if (lastLineEnd >= offset) {
      target.write(bytes, offset, lastLineEnd + 1 - offset);
      atLineStart = true;
      writeWaiting();
    }
    if (lastLineEnd + 1 < end) {
      target.write(bytes, lastLineEnd + 1, end - (lastLineEnd + 1));
      atLineStart = false;
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    target.flush();
  }

  /**
   * Ends the current line if lines are waiting for it, so none is lost, and flushes; the target
   * stays open.
   */
  @Override
  public synchronized void close() throws IOException {
    if (!waiting.isEmpty() && !atLineStart) {
      target.write(LINE_SEPARATOR);
      atLineStart = true;
    }
    writeWaiting();
    target.flush();
  }

  private void writeWaiting() throws IOException {
    for (String line : waiting) {
      target.write(line.getBytes(StandardCharsets.UTF_8));
      target.write(LINE_SEPARATOR);
    }
    waiting.clear();
  }
}
