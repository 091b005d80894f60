package dev.promptfit.bench;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput: one op = one whole {@value #DELTAS}-delta stream, so deltas/s = ops/s × {@value
 * #DELTAS}. Run with {@code -prof gc} (gc.alloc.rate.norm = heap bytes per op, all threads) and
 * {@code -prof dev.promptfit.bench.CpuProfiler} (process CPU ns per op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StreamBench {
  public static final int DELTAS = 20_000;

  @Param({"responses", "chat"})
  public String endpoint;

  private SseServer server;
  private Clients clients;
  private boolean chat;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new SseServer(DELTAS, 0);
    clients = new Clients(server.baseUrl());
    chat = endpoint.equals("chat");
    // Every path must see every delta, or the comparison means nothing.
    check("raw", clients.raw(chat, d -> {}));
    check("promptfitStream", clients.promptfitStream(chat, d -> {}));
    check("promptfitPublisher", clients.promptfitPublisher(chat, d -> {}));
    check("promptfitStreamOtel", clients.promptfitStreamOtel(chat, d -> {}));
    check("promptfitPublisherOtel", clients.promptfitPublisherOtel(chat, d -> {}));
    if (clients.floor(chat) != server.bodyBytes(chat)) {
      throw new IllegalStateException("floor read an unexpected number of bytes");
    }
  }

  private static void check(String path, int deltas) {
    if (deltas != DELTAS) {
      throw new IllegalStateException(path + " saw " + deltas + " deltas, expected " + DELTAS);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    clients.close();
    server.close();
  }

  @Benchmark
  public long floor() throws IOException {
    return clients.floor(chat);
  }

  @Benchmark
  public int raw(Blackhole bh) throws IOException {
    return clients.raw(chat, bh::consume);
  }

  @Benchmark
  public int promptfitStream(Blackhole bh) {
    return clients.promptfitStream(chat, bh::consume);
  }

  @Benchmark
  public int promptfitPublisher(Blackhole bh) throws InterruptedException {
    return clients.promptfitPublisher(chat, bh::consume);
  }

  /** {@link #promptfitStream} with the OpenTelemetry listener on (SDK exporting nowhere). */
  @Benchmark
  public int promptfitStreamOtel(Blackhole bh) {
    return clients.promptfitStreamOtel(chat, bh::consume);
  }

  /** {@link #promptfitPublisher} with the OpenTelemetry listener on (SDK exporting nowhere). */
  @Benchmark
  public int promptfitPublisherOtel(Blackhole bh) throws InterruptedException {
    return clients.promptfitPublisherOtel(chat, bh::consume);
  }
}
