package dev.promptfit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.Promptfit;
import dev.promptfit.opentelemetry.PromptfitTelemetry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;
import okio.Okio;

/**
 * The three ways to read a stream, sharing one OkHttp set-up (a pool big enough for 256 streams, so
 * connection set-up is not measured): floor, raw and Promptfit.
 */
final class Clients implements AutoCloseable {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String KEY = "sk-benchmark-0000000000000000";

  final OkHttpClient http;
  final Promptfit promptfit;
  final BenchClient client;
  /** The same client with the OpenTelemetry listener on, exporting nowhere. */
  final OpenTelemetrySdk telemetry = NoExportTelemetry.create();
  final Promptfit promptfitOtel;
  final BenchClient clientOtel;
  private final String baseUrl;
  private final RequestBody responsesRequest;
  private final RequestBody chatRequest;

  Clients(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(512, 5, TimeUnit.MINUTES))
            .readTimeout(60, TimeUnit.SECONDS)
            .build();
    this.promptfit =
        Promptfit.builder().baseUrl(baseUrl).apiKey(KEY).okHttpClient(http).maxRetries(0).build();
    this.client = promptfit.create(BenchClient.class);
    this.promptfitOtel =
        Promptfit.builder()
            .baseUrl(baseUrl)
            .apiKey(KEY)
            .okHttpClient(http)
            .maxRetries(0)
            .listener(PromptfitTelemetry.create(telemetry))
            .build();
    this.clientOtel = promptfitOtel.create(BenchClient.class);
    // About what Promptfit sends for the same call.
    this.responsesRequest =
        RequestBody.create(
            "{\"model\":\"gpt-5-mini\",\"instructions\":\"You are a terse assistant.\","
                + "\"input\":\"Why is the sky blue? now\",\"stream\":true}",
            JSON);
    this.chatRequest =
        RequestBody.create(
            "{\"model\":\"gpt-5-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a"
                + " terse assistant.\"},{\"role\":\"user\",\"content\":\"Why is the sky blue? now\"}],"
                + "\"stream\":true,\"stream_options\":{\"include_usage\":true}}",
            JSON);
  }

  Request request(boolean chat) {
    return new Request.Builder()
        .url(baseUrl + (chat ? "chat/completions" : "responses"))
        .header("Authorization", "Bearer " + KEY)
        .post(chat ? chatRequest : responsesRequest)
        .build();
  }

  /** Floor: the same bytes through OkHttp and okio, no parsing. Returns the bytes read. */
  long floor(boolean chat) throws IOException {
    try (Response response = http.newCall(request(chat)).execute()) {
      return response.body().source().readAll(Okio.blackhole());
    }
  }

  /**
   * Raw: what a competent hand-written client does. readUtf8Line, one Jackson tree per data line,
   * text of output_text.delta (Responses) or choices[0].delta.content (Chat). Returns deltas.
   */
  int raw(boolean chat, Consumer<String> sink) throws IOException {
    try (Response response = http.newCall(request(chat)).execute()) {
      return rawLines(response.body().source(), chat, sink, Integer.MAX_VALUE);
    }
  }

  /** Reads up to {@code limit} deltas from an open raw stream; returns how many were read. */
  static int rawLines(BufferedSource source, boolean chat, Consumer<String> sink, int limit)
      throws IOException {
    int deltas = 0;
    for (String line; deltas < limit && (line = source.readUtf8Line()) != null; ) {
      if (!line.startsWith("data:")) {
        continue;
      }
      String data = line.substring(line.startsWith("data: ") ? 6 : 5);
      if (data.equals("[DONE]")) {
        break;
      }
      JsonNode node = MAPPER.readTree(data);
      if (node.has("error")) {
        throw new IOException("stream error: " + node.get("error"));
      }
      String text;
      if (chat) {
        text = node.path("choices").path(0).path("delta").path("content").asText("");
      } else {
        String type = node.path("type").asText();
        if (type.equals("response.completed")) {
          break;
        }
        text = type.equals("response.output_text.delta") ? node.path("delta").asText("") : "";
      }
      if (!text.isEmpty()) {
        sink.accept(text);
        deltas++;
      }
    }
    return deltas;
  }

  /** Promptfit Stream&lt;String&gt;: the generated method, drained on this thread. */
  int promptfitStream(boolean chat, Consumer<String> sink) {
    return promptfitStream(client, chat, sink);
  }

  /** The same with the OpenTelemetry listener on. */
  int promptfitStreamOtel(boolean chat, Consumer<String> sink) {
    return promptfitStream(clientOtel, chat, sink);
  }

  private static int promptfitStream(BenchClient client, boolean chat, Consumer<String> sink) {
    int[] n = {0};
    try (Stream<String> deltas = chat ? client.chat("now") : client.responses("now")) {
      deltas.forEach(
          d -> {
            sink.accept(d);
            n[0]++;
          });
    }
    return n[0];
  }

  /** Promptfit Flow.Publisher&lt;String&gt;: subscribes, requests everything, waits for the end. */
  int promptfitPublisher(boolean chat, Consumer<String> sink) throws InterruptedException {
    return promptfitPublisher(client, chat, sink);
  }

  /** The same with the OpenTelemetry listener on. */
  int promptfitPublisherOtel(boolean chat, Consumer<String> sink) throws InterruptedException {
    return promptfitPublisher(clientOtel, chat, sink);
  }

  private static int promptfitPublisher(BenchClient client, boolean chat, Consumer<String> sink)
      throws InterruptedException {
    Flow.Publisher<String> publisher = chat ? client.chatAsync("now") : client.responsesAsync("now");
    CountingSubscriber<String> subscriber = new CountingSubscriber<>(sink);
    publisher.subscribe(subscriber);
    return subscriber.await();
  }

  /** Counts items (deltas or elements); sink is called on the publisher's thread. */
  static final class CountingSubscriber<T> implements Flow.Subscriber<T> {
    private final Consumer<T> sink;
    private final CountDownLatch done = new CountDownLatch(1);
    final CountDownLatch first = new CountDownLatch(1);
    private final AtomicReference<Throwable> error = new AtomicReference<>();
    private int count;

    CountingSubscriber(Consumer<T> sink) {
      this.sink = sink;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(T item) {
      sink.accept(item);
      if (count++ == 0) {
        first.countDown();
      }
    }

    @Override
    public void onError(Throwable throwable) {
      error.set(throwable);
      first.countDown();
      done.countDown();
    }

    @Override
    public void onComplete() {
      first.countDown();
      done.countDown();
    }

    int await() throws InterruptedException {
      done.await();
      Throwable t = error.get();
      if (t != null) {
        throw new IllegalStateException("stream failed", t);
      }
      return count;
    }
  }

  @Override
  public void close() {
    promptfit.close();
    promptfitOtel.close();
    telemetry.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
