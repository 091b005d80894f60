package dev.promptfit.bench;

import dev.promptfit.internal.Failures;
import dev.promptfit.internal.http.Redactor;
import dev.promptfit.internal.stream.EventReader;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
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
 * Tool-call decoding: one op = one streamed tool call whose arguments arrive in {@value #DELTAS}
 * pieces, read over loopback HTTP by Promptfit's decoder (as a call that offers tools reads every
 * response) and by {@link RawTools#decode} (each line a Jackson tree, pieces joined by index).
 * Argument deltas/s = ops/s × {@value #DELTAS}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 4, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ToolDecodeBench {
  public static final int DELTAS = 20_000;
  private static final Failures FAILURES = new Failures("ToolDecodeBench.decode", Redactor.NONE);

  @Param({"responses", "chat"})
  public String endpoint;

  private ToolServer server;
  private OkHttpClient http;
  private boolean chat;
  private Request request;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    server = new ToolServer(DELTAS);
    http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(16, 5, TimeUnit.MINUTES))
            .build();
    chat = endpoint.equals("chat");
    request =
        new Request.Builder()
            .url(server.decodeUrl() + (chat ? "chat/completions" : "responses"))
            .post(
                RequestBody.create(
                    "{\"model\":\"gpt-5-mini\",\"stream\":true}",
                    MediaType.get("application/json")))
            .build();
    // Both paths must rebuild the whole arguments, or the comparison means nothing.
    check("raw", raw());
    check("promptfit", promptfit());
  }

  private void check(String path, int length) {
    if (length != server.argumentsLength()) {
      throw new IllegalStateException(
          path + " rebuilt " + length + " chars of arguments, expected " + server.argumentsLength());
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    http.connectionPool().evictAll();
    server.close();
  }

  @Benchmark
  public int raw() throws IOException {
    return RawTools.decode(http, server.decodeUrl(), chat);
  }

  @Benchmark
  public int promptfit() throws IOException {
    try (Response response = http.newCall(request).execute();
        EventReader events =
            chat
                ? EventReader.chat(response.body().source(), null, false, true, FAILURES)
                : EventReader.responses(response.body().source(), null, false, true, FAILURES)) {
      while (events.next() != null) {
        // Each event is read; the call is gathered as it goes.
      }
      return events.output().calls().get(0).arguments().length();
    }
  }
}
