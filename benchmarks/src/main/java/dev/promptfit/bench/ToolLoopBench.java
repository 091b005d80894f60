package dev.promptfit.bench;

import dev.promptfit.Promptfit;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
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
 * The tool loop's own cost: one op = one call with one tool round (two requests, answered at once
 * by {@link ToolServer}, and a tool that returns at once), through Promptfit's generated client
 * and through {@link RawTools#loop}, a hand-written OkHttp + Jackson loop doing the same.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ToolLoopBench {
  @Param({"responses", "chat"})
  public String endpoint;

  private ToolServer server;
  private OkHttpClient http;
  private Promptfit promptfit;
  private ToolClient client;
  private final BenchTools tools = new BenchTools();
  private boolean chat;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new ToolServer(2);
    http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
            .build();
    promptfit =
        Promptfit.builder()
            .baseUrl(server.baseUrl())
            .apiKey("sk-benchmark")
            .okHttpClient(http)
            .maxRetries(0)
            .build();
    client = promptfit.create(ToolClient.class, tools);
    chat = endpoint.equals("chat");
    // Both paths must get the answer after the tool round, or the comparison means nothing.
    check("raw", raw());
    check("promptfit", promptfit());
  }

  private static void check(String path, String answer) {
    if (!ToolServer.ANSWER.equals(answer)) {
      throw new IllegalStateException(path + " answered " + answer);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    promptfit.close();
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public String raw() throws IOException {
    return RawTools.loop(http, server.baseUrl(), chat, tools);
  }

  @Benchmark
  public String promptfit() {
    return chat ? client.chat("Oslo") : client.responses("Oslo");
  }
}
