package dev.promptfit.testing;

import dev.promptfit.annotation.Api;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
  private final @Nullable String query;
  private final @Nullable Api api;
  private final @Nullable String model;
  private final @Nullable String input;
  private final @Nullable String instructions;
  private final boolean stream;
  private final Map<String, @Nullable Object> options;
  private final Map<String, List<String>> headers;
  private final String body;
  private final boolean jsonObject;
  private final RequestDetails details;

  RecordedLlmRequest(
      String method,
      String path,
      @Nullable String query,
      @Nullable Api api,
      @Nullable String model,
      @Nullable String input,
      @Nullable String instructions,
      boolean stream,
      Map<String, @Nullable Object> options,
      Map<String, List<String>> headers,
      String body,
      boolean jsonObject,
      RequestDetails details) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.api = api;
    this.model = model;
    this.input = input;
    this.instructions = instructions;
    this.stream = stream;
    this.options = options;
    this.headers = headers;
    this.body = body;
    this.jsonObject = jsonObject;
    this.details = details;
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
   * The raw query string (after {@code ?}, still encoded), or null if the URL had none.
   *
   * <pre><code>assertEquals("stream=true&amp;starting_after=7", server.takeRequest().query());</code></pre>
   */
  public @Nullable String query() {
    return query;
  }

  /**
   * The first value of a query parameter, decoded, or null if it is absent: e.g. the resume
   * cursor of {@code GET /v1/responses/{id}?stream=true&starting_after=7}.
   *
   * <pre><code>assertEquals("7", server.takeRequest().queryParameter("starting_after"));</code></pre>
   */
  public @Nullable String queryParameter(String name) {
    if (query == null) {
      return null;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
        return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  /**
   * The stored response a follow-up request names: {@code resp_1} for {@code GET
   * /v1/responses/resp_1} (a poll or a stream resume) and {@code POST
   * /v1/responses/resp_1/cancel}; null for any other path.
   *
   * <pre><code>
   * RecordedLlmRequest cancel = server.takeRequest();
   * assertEquals("/v1/responses/resp_00000001/cancel", cancel.path());
   * assertEquals("resp_00000001", cancel.responseId());
   * </code></pre>
   */
  public @Nullable String responseId() {
    return RequestParser.storedResponseId(path);
  }

  /**
   * Which endpoint the path names: {@link Api#RESPONSES} for {@code /v1/responses} and the
   * stored-response paths under it ({@code /v1/responses/{id}}, {@code
   * /v1/responses/{id}/cancel}), {@link Api#CHAT_COMPLETIONS} for {@code /v1/chat/completions},
   * null for any other path.
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

  /**
   * The whole conversation, in order: the Responses {@code input} (a string input is one user
   * message) or the Chat {@code messages}, system messages included; the Responses {@code
   * instructions} field is not an item. See {@link RecordedItem} for how each endpoint's items
   * map. Empty when the body is not a JSON object. Unmodifiable.
   *
   * <pre><code>
   * List&lt;RecordedItem&gt; items = server.takeRequest().items();
   * assertInstanceOf(RecordedItem.Reasoning.class, items.get(1));      // passed back before its call
   * assertInstanceOf(RecordedItem.FunctionCall.class, items.get(2));
   * assertInstanceOf(RecordedItem.FunctionCallOutput.class, items.get(3));
   * </code></pre>
   */
  public List<RecordedItem> items() {
    return details.items();
  }

  /**
   * The tool calls the client sent back, in order: Responses {@code function_call} items, Chat
   * assistant {@code tool_calls}. Unmodifiable.
   *
   * <pre><code>assertEquals("temperature", server.takeRequest().toolCalls().get(0).name());</code></pre>
   */
  public List<RecordedItem.FunctionCall> toolCalls() {
    List<RecordedItem.FunctionCall> calls = new ArrayList<>();
    for (RecordedItem item : details.items()) {
      if (item instanceof RecordedItem.FunctionCall call) {
        calls.add(call);
      } else if (item instanceof RecordedItem.Message message) {
        calls.addAll(message.toolCalls());
      }
    }
    return List.copyOf(calls);
  }

  /**
   * The tool results, in order: Responses {@code function_call_output} items, Chat {@code role:
   * "tool"} messages. Unmodifiable.
   *
   * <pre><code>
   * RecordedItem.FunctionCallOutput result = server.takeRequest().toolResults().get(0);
   * assertEquals("call_00000001_0", result.callId());
   * assertEquals("21.0", result.output());
   * </code></pre>
   */
  public List<RecordedItem.FunctionCallOutput> toolResults() {
    List<RecordedItem.FunctionCallOutput> results = new ArrayList<>();
    for (RecordedItem item : details.items()) {
      if (item instanceof RecordedItem.FunctionCallOutput output) {
        results.add(output);
      }
    }
    return List.copyOf(results);
  }

  /**
   * The Responses {@code reasoning} items passed back, in order. (Chat carries reasoning as an
   * assistant message's {@link RecordedItem.Message#reasoningContent()}.) Unmodifiable.
   *
   * <pre><code>assertEquals("gAAAA-opaque", server.takeRequest().reasoningItems().get(0).encryptedContent());</code></pre>
   */
  public List<RecordedItem.Reasoning> reasoningItems() {
    List<RecordedItem.Reasoning> reasoning = new ArrayList<>();
    for (RecordedItem item : details.items()) {
      if (item instanceof RecordedItem.Reasoning r) {
        reasoning.add(r);
      }
    }
    return List.copyOf(reasoning);
  }

  /**
   * The images and files attached to the last user message, in order. Unmodifiable.
   *
   * <pre><code>
   * List&lt;RecordedPart&gt; attachments = server.takeRequest().attachments();
   * assertEquals("image/png", attachments.get(0).mediaType());
   * assertEquals("invoice.pdf", ((RecordedPart.File) attachments.get(1)).filename());
   * </code></pre>
   */
  public List<RecordedPart> attachments() {
    List<RecordedItem> items = details.items();
    for (int i = items.size() - 1; i >= 0; i--) {
      if (items.get(i) instanceof RecordedItem.Message message && message.role().equals("user")) {
        return message.attachments();
      }
    }
    return List.of();
  }

  /**
   * The tools offered, in order: Responses {@code tools[]}, Chat {@code tools[].function}.
   * Unmodifiable.
   *
   * <pre><code>
   * RecordedTool tool = server.takeRequest().tools().get(0);
   * assertEquals("temperature", tool.name());
   * assertEquals(Boolean.TRUE, tool.strict());
   * </code></pre>
   */
  public List<RecordedTool> tools() {
    return details.tools();
  }

  /**
   * The response format asked for: Responses {@code text.format}, Chat {@code response_format};
   * null when the request has none.
   *
   * <pre><code>assertEquals("json_schema", server.takeRequest().responseFormat().type());</code></pre>
   */
  public @Nullable RecordedResponseFormat responseFormat() {
    return details.responseFormat();
  }

  /**
   * The body's {@code previous_response_id}, or null.
   *
   * <pre><code>assertEquals("resp_00000001", server.takeRequest().previousResponseId());</code></pre>
   */
  public @Nullable String previousResponseId() {
    return details.previousResponseId();
  }

  /**
   * Whether the body has {@code "background": true}.
   *
   * <pre><code>assertTrue(server.takeRequest().background());</code></pre>
   */
  public boolean background() {
    return details.background();
  }

  /**
   * The body's {@code store}, or null when it was not sent.
   *
   * <pre><code>assertEquals(Boolean.FALSE, server.takeRequest().store());</code></pre>
   */
  public @Nullable Boolean store() {
    return details.store();
  }

  /**
   * The body's {@code include} values, e.g. {@code reasoning.encrypted_content}; empty when not
   * sent. Unmodifiable.
   *
   * <pre><code>assertEquals(List.of("reasoning.encrypted_content"), server.takeRequest().include());</code></pre>
   */
  public List<String> include() {
    return details.include();
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
    // Never the query either: some services take the key as a query parameter.
    return method + " " + path + " (api=" + api + ", model=" + model + ", stream=" + stream + ")";
  }
}
