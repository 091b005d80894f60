package dev.promptfit.internal.sse;

import java.io.IOException;
import java.util.Random;
import java.util.function.IntSupplier;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * A {@link Source} that hands out its bytes in chosen read sizes, like a network delivering
 * packets, and can stop at a point where a real socket would block: reading past it fails the test,
 * which proves the reader did not wait for bytes it did not need.
 */
public final class ChunkedSource implements Source {
  private final Buffer bytes = new Buffer();
  private final IntSupplier sizes;
  private final long stallAt;
  private long delivered;

  private ChunkedSource(byte[] bytes, IntSupplier sizes, long stallAt) {
    this.bytes.write(bytes);
    this.sizes = sizes;
    this.stallAt = stallAt;
  }

  /** Reads of the given sizes in turn, repeating the last one; 0 means an empty read. */
  public static BufferedSource of(byte[] bytes, int... sizes) {
    int[] index = {0};
    IntSupplier next = () -> sizes[Math.min(index[0]++, sizes.length - 1)];
    return Okio.buffer(new ChunkedSource(bytes, next, Long.MAX_VALUE));
  }

  /** Reads of random sizes from 1 to {@code max}, reproducible by {@code seed}. */
  public static BufferedSource random(byte[] bytes, long seed, int max) {
    Random random = new Random(seed);
    return Okio.buffer(new ChunkedSource(bytes, () -> 1 + random.nextInt(max), Long.MAX_VALUE));
  }

  /** One byte per read. */
  public static BufferedSource bytewise(byte[] bytes) {
    return of(bytes, 1);
  }

  /**
   * Delivers the first {@code stallAt} bytes one at a time, then fails any further read as a socket
   * with nothing more to send would block.
   */
  public static BufferedSource stallingAfter(byte[] bytes, long stallAt) {
    return Okio.buffer(new ChunkedSource(bytes, () -> 1, stallAt));
  }

  /** Splits {@code bytes} into two reads at {@code at}. */
  public static BufferedSource split(byte[] bytes, int at) {
    return of(bytes, at, Integer.MAX_VALUE);
  }

  /** Splits {@code bytes} into three reads at {@code first} and {@code second}. */
  public static BufferedSource split(byte[] bytes, int first, int second) {
    return of(bytes, first, second - first, Integer.MAX_VALUE);
  }

  @Override
  public long read(Buffer sink, long byteCount) throws IOException {
    if (bytes.size() == 0) {
      return -1;
    }
    if (delivered >= stallAt) {
      throw new AssertionError("read past byte " + stallAt + ": a live stream would block here");
    }
    long n = Math.min(Math.min(byteCount, bytes.size()), Math.max(0, sizes.getAsInt()));
    n = Math.min(n, stallAt - delivered);
    sink.write(bytes, n);
    delivered += n;
    return n;
  }

  @Override
  public Timeout timeout() {
    return Timeout.NONE;
  }

  @Override
  public void close() {}
}
