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
 * Typed streaming throughput: one op = one whole answer of {@value TypedBodies#ELEMENTS} {@link
 * Item}s, streamed as JSON fragments; elements/s = ops/s × {@value TypedBodies#ELEMENTS}. Raw
 * gathers the text and binds it with {@code ObjectMapper.readValue} at the end; Promptfit binds
 * each element as its JSON closes. Run with {@code -prof gc} and {@code -prof
 * dev.promptfit.bench.CpuProfiler} for heap and CPU per op.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class TypedStreamBench {

  @Param({"responses", "chat"})
  public String endpoint;

  private SseServer server;
  private TypedClients clients;
  private boolean chat;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new SseServer(TypedBodies.responses(), TypedBodies.chat(), 0);
    clients = new TypedClients(server.baseUrl());
    chat = endpoint.equals("chat");
    clients.check(chat);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    clients.close();
    server.close();
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

  /** The same stream as {@code Stream<String>}: the share of the cost that is not binding. */
  @Benchmark
  public int promptfitText(Blackhole bh) {
    return clients.promptfitText(chat, bh::consume);
  }
}
