package dev.promptfit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.Promptfit;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * The two ways to read a streamed list of records, sharing one OkHttp set-up: raw (what a
 * hand-written client does today, and what openai-java's accumulators do: gather the text, then
 * {@code ObjectMapper.readValue} once the stream has ended) and Promptfit's {@code Stream<Item>} /
 * {@code Flow.Publisher<Item>}, each element as soon as its JSON closes.
 */
final class TypedClients implements AutoCloseable {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final String KEY = "sk-benchmark-0000000000000000";

  /** The wrapper the schema puts around the list; raw reads it with databind. */
  record Items(List<Item> items) {}

  final OkHttpClient http;
  final Promptfit promptfit;
  final TypedBenchClient client;
  private final String baseUrl;
  private final RequestBody responsesRequest;
  private final RequestBody chatRequest;

  TypedClients(String baseUrl) {
    this.baseUrl = baseUrl;
    this.http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(64, 5, TimeUnit.MINUTES))
            .readTimeout(60, TimeUnit.SECONDS)
            .build();
    this.promptfit =
        Promptfit.builder().baseUrl(baseUrl).apiKey(KEY).okHttpClient(http).maxRetries(0).build();
    this.client = promptfit.create(TypedBenchClient.class);
    this.responsesRequest =
        RequestBody.create(
            "{\"model\":\"gpt-5-mini\",\"instructions\":\"You are a catalogue.\","
                + "\"input\":\"List every item of the shop.\",\"stream\":true,"
                + "\"text\":{\"format\":{\"type\":\"json_object\"}}}",
            JSON);
    this.chatRequest =
        RequestBody.create(
            "{\"model\":\"gpt-5-mini\",\"messages\":[{\"role\":\"system\",\"content\":\"You are a"
                + " catalogue.\"},{\"role\":\"user\",\"content\":\"List every item of the"
                + " shop.\"}],\"stream\":true,\"stream_options\":{\"include_usage\":true},"
                + "\"response_format\":{\"type\":\"json_object\"}}",
            JSON);
  }

  Request request(boolean chat) {
    return new Request.Builder()
        .url(baseUrl + (chat ? "chat/completions" : "responses"))
        .header("Authorization", "Bearer " + KEY)
        .post(chat ? chatRequest : responsesRequest)
        .build();
  }

  /**
   * Raw: readUtf8Line, one Jackson tree per data line, the text deltas gathered in a StringBuilder,
   * then {@code readValue} of the whole text into the wrapper record; the elements go to the sink
   * only then. Returns the elements.
   */
  int raw(boolean chat, Consumer<Item> sink) throws IOException {
    StringBuilder text = new StringBuilder(1 << 18);
    try (Response response = http.newCall(request(chat)).execute()) {
      BufferedSource source = response.body().source();
      Clients.rawLines(source, chat, text::append, Integer.MAX_VALUE);
    }
    Items items = Clients.MAPPER.readValue(text.toString(), Items.class);
    for (Item item : items.items()) {
      sink.accept(item);
    }
    return items.items().size();
  }

  /** Promptfit {@code Stream<Item>}, drained on this thread. */
  int promptfitStream(boolean chat, Consumer<Item> sink) {
    int[] n = {0};
    try (Stream<Item> items = chat ? client.chat("the shop") : client.responses("the shop")) {
      items.forEach(
          item -> {
            sink.accept(item);
            n[0]++;
          });
    }
    return n[0];
  }

  /**
   * Promptfit {@code Stream<String>} of the same answer: the text deltas alone, no element bound.
   * Returns the deltas.
   */
  int promptfitText(boolean chat, Consumer<String> sink) {
    int[] n = {0};
    try (Stream<String> deltas =
        chat ? client.chatText("the shop") : client.responsesText("the shop")) {
      deltas.forEach(
          delta -> {
            sink.accept(delta);
            n[0]++;
          });
    }
    return n[0];
  }

  /** Promptfit {@code Flow.Publisher<Item>}: subscribes, requests everything, waits for the end. */
  int promptfitPublisher(boolean chat, Consumer<Item> sink) throws InterruptedException {
    Flow.Publisher<Item> publisher =
        chat ? client.chatAsync("the shop") : client.responsesAsync("the shop");
    Clients.CountingSubscriber<Item> subscriber = new Clients.CountingSubscriber<>(sink);
    publisher.subscribe(subscriber);
    return subscriber.await();
  }

  /** Both ways must read the same elements, or the comparison means nothing. */
  void check(boolean chat) throws Exception {
    List<Item> raw = new java.util.ArrayList<>();
    List<Item> stream = new java.util.ArrayList<>();
    List<Item> published = new java.util.ArrayList<>();
    raw(chat, raw::add);
    promptfitStream(chat, stream::add);
    promptfitPublisher(chat, published::add);
    if (raw.size() != TypedBodies.ELEMENTS || !raw.equals(stream) || !raw.equals(published)) {
      throw new IllegalStateException(
          "raw read "
              + raw.size()
              + " items, Stream "
              + stream.size()
              + ", Publisher "
              + published.size()
              + (raw.equals(stream) ? "" : "; they differ"));
    }
    JsonNode first = Clients.MAPPER.valueToTree(raw.get(0));
    if (!first.path("sku").asText().equals("SKU-000000")) {
      throw new IllegalStateException("unexpected first item " + first);
    }
  }

  @Override
  public void close() {
    promptfit.close();
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
