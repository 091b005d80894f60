package dev.promptfit.bench;

import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * {@code streams} concurrent {@value #DELTAS}-delta Responses streams from one client; one op = one
 * batch. The server holds every response after its first delta until the whole batch has arrived
 * ({@link Gate}), so each batch has all {@code streams} calls in progress at once by construction,
 * and the server's in-progress count reaching {@code streams} proves it; a client with a per-host
 * cap would stall at the gate until its timeout and show a lower count. Every batch then streams
 * the rest at once, so wall times compare like for like.
 *
 * <p>Raw and Promptfit {@code Stream<String>} read each stream on its own thread (a fixed pool of
 * {@code streams}); the {@code Flow.Publisher<String>} and {@code CompletableFuture<String>} paths
 * start all calls from the benchmark thread and run on Promptfit's own executor. Per batch the
 * benchmark records the most calls in progress at the server; the lowest of these over all batches,
 * and the gate's timeouts, go to the file named by {@code -Dpromptfit.bench.aux} for {@link
 * Runner}. (A count at the client would undercount: a thread that has not yet been scheduled to
 * read its first delta when the gate opens looks not yet open, though its call is.)
 *
 * <p>Ten warm-up batches: with hundreds of runnable threads on 2 cores the JIT's compiler threads
 * get a small share of the CPU, and code compiled earlier is deoptimized when concurrency first
 * brings partial reads (new branches in the SSE readers, okio and Jackson). Every path, raw
 * included, runs 3 to 12 times slower for its first batches while that recompiles; a shorter
 * warm-up measures which path happened to finish recompiling first.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10, batchSize = 1)
@Measurement(iterations = 15, batchSize = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ConcurrencyBench {
  public static final int DELTAS = 2_000;

  @Param({"64", "256"})
  public int streams;

  private SseServer server;
  private Clients clients;
  private ExecutorService threads;
  private int expectedChars;
  /** The lowest per-batch maximum seen so far; {@code streams} means every batch had all at once. */
  private int lowestInProgress = Integer.MAX_VALUE;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new SseServer(DELTAS, 0);
    clients = new Clients(server.gateUrl());
    threads = Executors.newFixedThreadPool(streams);
    // One ungated call through each path: every path must see every delta and the same text.
    StringBuilder text = new StringBuilder();
    try (Clients direct = new Clients(server.baseUrl())) {
      check(direct.raw(false, text::append));
      check(direct.promptfitStream(false, d -> {}));
      check(direct.promptfitPublisher(false, d -> {}));
      expectedChars = text.length();
      checkText(direct.client.responsesFuture("now").get());
    }
  }

  @Setup(Level.Iteration)
  public void closeGate() {
    server.gate().arm(streams);
    server.resetMax();
  }

  @TearDown(Level.Iteration)
  public void readCounter() {
    lowestInProgress = Math.min(lowestInProgress, server.maxInProgress());
  }

  @TearDown(Level.Trial)
  public void tearDown(BenchmarkParams params) throws IOException {
    String aux = System.getProperty("promptfit.bench.aux");
    if (aux != null) {
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      String key = method + " " + streams + " ";
      try (PrintWriter out = new PrintWriter(new FileWriter(aux, true))) {
        out.println("inProgress " + key + lowestInProgress);
        out.println("gateTimeouts " + key + server.gate().timeouts());
      }
    }
    threads.shutdown();
    clients.close();
    server.close();
  }

  private static void check(int deltas) {
    if (deltas != DELTAS) {
      throw new IllegalStateException("a stream had " + deltas + " deltas, expected " + DELTAS);
    }
  }

  private void checkText(String text) {
    if (text.length() != expectedChars) {
      throw new IllegalStateException(
          "an answer had " + text.length() + " chars, expected " + expectedChars);
    }
  }

  private void onThreads(Callable<Integer> stream) throws Exception {
    List<Future<Integer>> futures = new ArrayList<>(streams);
    for (int i = 0; i < streams; i++) {
      futures.add(threads.submit(stream));
    }
    for (Future<Integer> f : futures) {
      check(f.get());
    }
  }

  @Benchmark
  public void raw() throws Exception {
    onThreads(() -> clients.raw(false, d -> {}));
  }

  @Benchmark
  public void promptfitStream() throws Exception {
    onThreads(() -> clients.promptfitStream(false, d -> {}));
  }

  @Benchmark
  public void promptfitPublisher() throws Exception {
    List<Clients.CountingSubscriber<String>> subscribers = new ArrayList<>(streams);
    for (int i = 0; i < streams; i++) {
      Clients.CountingSubscriber<String> s = new Clients.CountingSubscriber<>(d -> {});
      subscribers.add(s);
      clients.client.responsesAsync("now").subscribe(s);
    }
    for (Clients.CountingSubscriber<String> s : subscribers) {
      check(s.await());
    }
  }

  @Benchmark
  public void promptfitFuture() throws Exception {
    List<CompletableFuture<String>> answers = new ArrayList<>(streams);
    for (int i = 0; i < streams; i++) {
      answers.add(clients.client.responsesFuture("now"));
    }
    for (CompletableFuture<String> answer : answers) {
      checkText(answer.get());
    }
  }
}
