package dev.promptfit.bench;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

/**
 * {@code streams} concurrent {@value #DELTAS}-delta Responses streams from one client (shorter than
 * the throughput stream so a 256-stream batch stays in seconds on 2 cores):
 * wall time per batch (one op = one batch), and the most streams in progress at once, counted two
 * ways: on the client (from a stream's first delta to its end: exact) and in the server (request
 * read, body not yet handed to the socket: undercounts once a body fits in the socket buffers).
 * Both go to the file named by {@code -Dpromptfit.bench.aux}, read by {@link Runner}. Raw and
 * Promptfit Stream use one thread per stream; the Publisher path subscribes them all from one
 * thread and runs on Promptfit's own executor.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, batchSize = 1)
@Measurement(iterations = 3, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ConcurrencyBench {
  public static final int DELTAS = 2_000;

  @Param({"64", "256"})
  public int streams;

  private SseServer server;
  private Clients clients;
  private ExecutorService threads;
  private int maxInProgress;
  private int maxOpen;
  private final java.util.concurrent.atomic.AtomicInteger open = new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger openMax = new java.util.concurrent.atomic.AtomicInteger();

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new SseServer(DELTAS, 0);
    clients = new Clients(server.baseUrl());
    threads = Executors.newFixedThreadPool(streams);
  }

  @Setup(Level.Iteration)
  public void resetCounter() {
    server.resetMax();
    openMax.set(0);
  }

  @TearDown(Level.Iteration)
  public void readCounter() {
    maxInProgress = Math.max(maxInProgress, server.maxInProgress());
    maxOpen = Math.max(maxOpen, openMax.get());
  }

  /** A sink that counts its stream as open from the first delta; call {@link #end} after it. */
  private java.util.function.Consumer<String> tracked() {
    boolean[] started = {false};
    return d -> {
      if (!started[0]) {
        started[0] = true;
        openMax.accumulateAndGet(open.incrementAndGet(), Math::max);
      }
    };
  }

  private void end() {
    open.decrementAndGet();
  }

  @TearDown(Level.Trial)
  public void tearDown(org.openjdk.jmh.infra.BenchmarkParams params) throws IOException {
    String aux = System.getProperty("promptfit.bench.aux");
    if (aux != null) {
      try (PrintWriter out = new PrintWriter(new FileWriter(aux, true))) {
        String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
        out.println("maxInProgress " + method + " " + streams + " " + maxInProgress);
        out.println("maxOpen " + method + " " + streams + " " + maxOpen);
      }
    }
    threads.shutdown();
    clients.close();
    server.close();
  }

  private void onThreads(Callable<Integer> stream) throws Exception {
    List<Future<Integer>> futures = new ArrayList<>(streams);
    for (int i = 0; i < streams; i++) {
      futures.add(threads.submit(stream));
    }
    for (Future<Integer> f : futures) {
      if (f.get() != DELTAS) {
        throw new IllegalStateException("a stream was short");
      }
    }
  }

  @Benchmark
  public void raw() throws Exception {
    onThreads(
        () -> {
          try {
            return clients.raw(false, tracked());
          } finally {
            end();
          }
        });
  }

  @Benchmark
  public void promptfitStream() throws Exception {
    onThreads(
        () -> {
          try {
            return clients.promptfitStream(false, tracked());
          } finally {
            end();
          }
        });
  }

  @Benchmark
  public void promptfitPublisher() throws Exception {
    List<Clients.CountingSubscriber> subscribers = new ArrayList<>(streams);
    for (int i = 0; i < streams; i++) {
      Clients.CountingSubscriber s = new Clients.CountingSubscriber(tracked(), this::end);
      subscribers.add(s);
      clients.client.responsesAsync("now").subscribe(s);
    }
    for (Clients.CountingSubscriber s : subscribers) {
      if (s.await() != DELTAS) {
        throw new IllegalStateException("a stream was short");
      }
    }
  }
}
