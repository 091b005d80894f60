package dev.promptfit.bench;

import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import okhttp3.Response;
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
 * First-delta latency: from the call to the first text delta in the caller's hands, while the
 * server pauses {@value #PAUSE_MS} ms right after sending it. A path that buffers shows the pause.
 * The rest of the (short) stream is drained in an untimed per-invocation tear-down, so the
 * connection goes back to the pool and no op pays for connection set-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class FirstDeltaBench {
  static final int PAUSE_MS = 5;

  @Param({"responses", "chat"})
  public String endpoint;

  private SseServer server;
  private Clients clients;
  private boolean chat;

  // The stream opened by the op, finished by tearDownInvocation.
  private Response rawResponse;
  private Stream<String> stream;
  private Iterator<String> iterator;
  private Clients.CountingSubscriber<String> subscriber;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    server = new SseServer(SseServer.SHORT, PAUSE_MS);
    clients = new Clients(server.pauseUrl());
    chat = endpoint.equals("chat");
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    clients.close();
    server.close();
  }

  @TearDown(Level.Invocation)
  public void finishStream() throws Exception {
    int n = 1;
    if (rawResponse != null) {
      n += Clients.rawLines(rawResponse.body().source(), chat, d -> {}, Integer.MAX_VALUE);
      rawResponse.close();
      rawResponse = null;
    }
    if (stream != null) {
      while (iterator.hasNext()) {
        iterator.next();
        n++;
      }
      stream.close();
      stream = null;
    }
    if (subscriber != null) {
      n = subscriber.await();
      subscriber = null;
    }
    if (n != SseServer.SHORT) {
      throw new IllegalStateException("saw " + n + " deltas, expected " + SseServer.SHORT);
    }
  }

  @Benchmark
  public String raw() throws IOException {
    rawResponse = clients.http.newCall(clients.request(chat)).execute();
    String[] first = new String[1];
    Clients.rawLines(rawResponse.body().source(), chat, d -> first[0] = d, 1);
    return first[0];
  }

  @Benchmark
  public String promptfitStream() {
    stream = chat ? clients.client.chat("now") : clients.client.responses("now");
    iterator = stream.iterator();
    return iterator.next();
  }

  @Benchmark
  public Object promptfitPublisher() throws InterruptedException {
    subscriber = new Clients.CountingSubscriber<>(d -> {});
    (chat ? clients.client.chatAsync("now") : clients.client.responsesAsync("now"))
        .subscribe(subscriber);
    subscriber.first.await();
    return subscriber;
  }
}
