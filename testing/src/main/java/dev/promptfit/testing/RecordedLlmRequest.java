package dev.promptfit.testing;

import dev.promptfit.annotation.Api;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request as {@link FakeLlmServer} received it, already parsed: what a test asserts on after
 * calling the code under test.
 *
 * <pre><code>
 * assistant.translate("Hallo", "English");
 * RecordedLlmRequest request = server.takeRequest();
 * assertEquals(Api.RESPONSES, request.api());
 * assertEquals("Translate Hallo into English.", request.input());
 * assertEquals(0.2, request.options().get("temperature"));
 * assertEquals("Bearer test-key", request.header("authorization"));
 * </code></pre>
 *
 * <p>Every request is recorded, including those answered with 404, 405 or 400; a body that is not
 * a JSON object leaves {@link #model()}, {@link #input()} and {@link #instructions()} null and
 * {@link #options()} empty, and {@link #body()} still has the raw text.
 */
public final class RecordedLlmRequest {
  private final String method;
  private final String path;
  private final @Nullable Api api;
  private final @Nullable String model;
  private final @Nullable String input;
  private final @Nullable String instructions;
  private final boolean stream;
  private final Map<String, @Nullable Object> options;
  private final Map<String, List<String>> headers;
  private final String body;
  private final boolean jsonObject;

  RecordedLlmRequest(
      String method,
      String path,
      @Nullable Api api,
      @Nullable String model,
      @Nullable String input,
      @Nullable String instructions,
      boolean stream,
      Map<String, @Nullable Object> options,
      Map<String, List<String>> headers,
      String body,
      boolean jsonObject) {
    this.method = method;
    this.path = path;
    this.api = api;
    this.model = model;
    this.input = input;
    this.instructions = instructions;
    this.stream = stream;
    this.options = options;
    this.headers = headers;
    this.body = body;
    this.jsonObject = jsonObject;
  }

  /**
   * The HTTP method, upper case.
   *
   * <pre><code>assertEquals("POST", server.takeRequest().method());</code></pre>
   */
  public String method() {
    return method;
  }

  /**
   * The decoded request path without the query, e.g. {@code /v1/responses}.
   *
   * <pre><code>assertEquals("/v1/chat/completions", server.takeRequest().path());</code></pre>
   */
  public String path() {
    return path;
  }

  /**
   * Which endpoint the path names: {@link Api#RESPONSES} for {@code /v1/responses}, {@link
   * Api#CHAT_COMPLETIONS} for {@code /v1/chat/completions}, null for any other path.
   *
   * <pre><code>assertEquals(Api.CHAT_COMPLETIONS, server.takeRequest().api());</code></pre>
   */
  public @Nullable Api api() {
    return api;
  }

  /**
   * The body's {@code model}, or null if it has none.
   *
   * <pre><code>assertEquals("gpt-5-mini", server.takeRequest().model());</code></pre>
   */
  public @Nullable String model() {
    return model;
  }

  /**
   * The user message text. Responses: {@code input} when it is a string, otherwise the last
   * {@code role: "user"} item of the {@code input} list, whose {@code content} is a string or a
   * list of {@code {"type": "input_text", "text": ...}} parts (their texts joined with {@code
   * "\n"}). Chat: the last {@code role: "user"} message, its {@code content} read the same way
   * (parts of type {@code text}). Null if there is no user message.
   *
   * <pre><code>assertEquals("Summarise: a long text", server.takeRequest().input());</code></pre>
   */
  public @Nullable String input() {
    return input;
  }

  /**
   * The instructions. Responses: {@code instructions}, or, when that is absent, the {@code
   * system}/{@code developer} items of {@code input}. Chat: the {@code system}/{@code developer}
   * messages. Several messages are joined with {@code "\n"}; null if there are none.
   *
   * <pre><code>assertEquals("You are a terse assistant.", server.takeRequest().instructions());</code></pre>
   */
  public @Nullable String instructions() {
    return instructions;
  }

  /**
   * Whether the body has {@code "stream": true}.
   *
   * <pre><code>assertTrue(server.takeRequest().stream());</code></pre>
   */
  public boolean stream() {
    return stream;
  }

  /**
   * Every other top-level field of the body, in body order, as plain parsed JSON values: {@code
   * String}, {@code Boolean}, {@code Integer}/{@code Long}/{@code BigInteger}, {@code Double},
   * {@code Map<String, Object>}, {@code List<Object>} or null. Left out are {@code model}, {@code
   * stream}, and the fields read into {@link #input()} and {@link #instructions()}: {@code input}
   * and {@code instructions} (Responses) or {@code messages} (Chat). Unmodifiable.
   *
   * <pre><code>
   * Map&lt;String, Object&gt; options = server.takeRequest().options();
   * assertEquals(512, options.get("max_output_tokens"));
   * assertEquals(Map.of("effort", "low"), options.get("reasoning"));
   * assertEquals(Map.of("include_usage", true), options.get("stream_options")); // Chat
   * </code></pre>
   */
  public Map<String, @Nullable Object> options() {
    return options;
  }

  /**
   * All request headers, names in lower case, looked up case-insensitively, each with its values
   * in arrival order. Unmodifiable.
   *
   * <pre><code>assertEquals(List.of("1"), server.takeRequest().headers().get("X-Trace"));</code></pre>
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of the named header (case-insensitive), or null if it was not sent.
   *
   * <pre><code>assertEquals("Bearer sk-test", server.takeRequest().header("Authorization"));</code></pre>
   */
  public @Nullable String header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The raw body, decoded as UTF-8.
   *
   * <pre><code>assertTrue(server.takeRequest().body().contains("\"seed\":7"));</code></pre>
   */
  public String body() {
    return body;
  }

  /** Whether the body is a JSON object, the only body the endpoints accept. */
  boolean hasJsonObjectBody() {
    return jsonObject;
  }

  /**
   * Method, path, endpoint, model and stream flag; never headers, which may hold an API key.
   *
   * <pre><code>assertEquals(Api.RESPONSES, request.api(), "unexpected " + request);</code></pre>
   */
  @Override
  public String toString() {
    return method + " " + path + " (api=" + api + ", model=" + model + ", stream=" + stream + ")";
  }
}
