package dev.promptfit.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * One answer for {@link FakeLlmServer#enqueue}: a status, headers, and a body that is one of
 * three kinds.
 *
 * <ul>
 *   <li><b>Reply</b> — a scripted model answer: text ({@link #text}, {@link #textBuilder}), JSON
 *       ({@link #json}, {@link #jsonBuilder}), a refusal ({@link #refusal}, {@link
 *       #refusalBuilder}) or tool calls ({@link #toolCalls}, {@link #toolCallsBuilder}), each
 *       optionally with reasoning. It takes the shape the request asks for when it arrives —
 *       Responses or Chat Completions, streamed or not, background or not — with the event
 *       sequence the real service sends. So one answer serves whichever endpoint the code under
 *       test calls, and a test never names the endpoint twice. Steps added to a reply builder run
 *       inside that sequence, after the {@link Builder#afterDelta(int) first delta} (or {@link
 *       Builder#afterEvent(int) event}). Usage, ids, the served model and how the answer ends
 *       can be set; otherwise they are derived deterministically.
 *   <li><b>Whole</b> ({@link Builder#body(String)}, {@link #error}): fixed bytes sent with a {@code
 *       Content-Length}; {@code application/json} unless a {@code content-type} header says
 *       otherwise.
 *   <li><b>Script</b> ({@link Builder#write(String)} and the other steps, {@link #rawSse}): a
 *       chunked body played step by step — write (flushed at once), pause, await a latch — that
 *       ends cleanly or by cutting the connection; {@code text/event-stream; charset=utf-8} unless
 *       a {@code content-type} header says otherwise. The status line and headers go out with the
 *       first write (or {@link Builder#sendHeaders()}), so a pause before any write delays the
 *       whole response.
 * </ul>
 *
 * <pre><code>
 * server.enqueue(FakeResponse.text("Hello world!"));
 * server.enqueue(FakeResponse.jsonBuilder("{\"city\":\"Paris\"}").usage(12, 7).build());
 * server.enqueue(FakeResponse.toolCallsBuilder(ToolCall.of("temperature", "{\"city\":\"Paris\"}"))
 *     .reasoning("The user wants the weather.").build());
 *
 * CountDownLatch release = new CountDownLatch(1);
 * server.enqueue(FakeResponse.textBuilder("Hello world!").await(release).build());
 *
 * server.enqueue(FakeResponse.error(429, "Rate limit reached").toBuilder()
 *     .header("retry-after", "2").build());
 *
 * server.enqueue(FakeResponse.builder()
 *     .write("data: {\"id\":\"chatcmpl-1\",\"choices\":[]}\n\n")
 *     .pause(Duration.ofMillis(200))
 *     .cutConnection()
 *     .build());
 * </code></pre>
 *
 * <p>Immutable; one instance may be enqueued any number of times.
 */
public final class FakeResponse {

  /** The default time an {@link Builder#await(CountDownLatch)} step waits for its latch. */
  public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(60);

  /** Headers the JDK server writes itself from the body's framing. */
  private static final Set<String> FRAMING_HEADERS = Set.of("content-length", "transfer-encoding");

  enum Mode {
    WHOLE,
    SCRIPT,
    REPLY
  }

  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final Mode mode;
  private final byte[] wholeBody;
  private final @Nullable ReplyContent content;
  private final ReplyOverrides overrides;
  private final boolean stepsAfterEvents;
  private final int stepsAfter;
  private final List<Step> steps;
  private final BackgroundScript background;

  private FakeResponse(Builder builder) {
    this.status = builder.status;
    this.headers = List.copyOf(builder.headers);
    this.mode = builder.mode == null ? Mode.WHOLE : builder.mode;
    this.wholeBody = builder.wholeBody.clone();
    this.content = builder.content;
    this.overrides = builder.overrides();
    this.stepsAfterEvents = builder.stepsAfterEvents;
    this.stepsAfter = builder.stepsAfter;
    this.steps = List.copyOf(builder.steps);
    this.background = new BackgroundScript(builder.backgroundPolls, builder.resumes);
  }

  /**
   * A text reply in whatever shape the request asks for, with the real event sequence when
   * streamed. The same as {@code textBuilder(text).build()}.
   *
   * <pre><code>server.enqueue(FakeResponse.text("Bonjour !"));</code></pre>
   */
  public static FakeResponse text(String text) {
    return textBuilder(text).build();
  }

  /**
   * A builder for a text reply whose stream can be interrupted: the steps added run after the
   * first delta (or another, see {@link Builder#afterDelta(int)}), then the rest of the sequence
   * follows unless a step ended the body.
   *
   * <pre><code>
   * server.enqueue(FakeResponse.textBuilder("Hello big world")
   *     .pause(Duration.ofSeconds(5))     // the client has "Hello" and waits
   *     .build());
   * server.enqueue(FakeResponse.textBuilder("Hello big world")
   *     .afterDelta(2).cutConnection()    // "Hello", " big", then a truncated body
   *     .build());
   * </code></pre>
   */
  public static Builder textBuilder(String text) {
    return replyBuilder(
        ReplyContent.of(ReplyContent.Kind.TEXT, Objects.requireNonNull(text, "text"), List.of()));
  }

  /**
   * A JSON answer, as a model answers under structured output: its text is {@code json}, sent as
   * is (it is not checked, so a test can send JSON that is malformed or cut short). Streamed, it
   * is cut into deltas that cross string delimiters as the real services' do: {@code
   * {"city":"San Francisco"}} streams as <code>{"</code>, {@code city}, {@code ":"}, {@code San},
   * {@code " Francisco"}, <code>"}</code>. The same as {@code jsonBuilder(json).build()}.
   *
   * <pre><code>server.enqueue(FakeResponse.json("{\"vendor\":\"ACME\",\"total\":12.5}"));</code></pre>
   */
  public static FakeResponse json(String json) {
    return jsonBuilder(json).build();
  }

  /**
   * A builder for a JSON answer (see {@link #json(String)}), to add usage, a finish reason or
   * steps inside its stream.
   *
   * <pre><code>
   * server.enqueue(FakeResponse.jsonBuilder("{\"vendor\":\"AC").finishReason("length").build());
   * </code></pre>
   */
  public static Builder jsonBuilder(String json) {
    return replyBuilder(
        ReplyContent.of(ReplyContent.Kind.JSON, Objects.requireNonNull(json, "json"), List.of()));
  }

  /**
   * A refusal: Responses, a {@code refusal} content part (streamed as {@code
   * response.refusal.delta}s and {@code response.refusal.done}); Chat, {@code message.refusal}
   * with a null {@code content} (streamed as {@code delta.refusal}). The same as {@code
   * refusalBuilder(refusal).build()}.
   *
   * <pre><code>server.enqueue(FakeResponse.refusal("I'm sorry, I can't help with that."));</code></pre>
   */
  public static FakeResponse refusal(String refusal) {
    return refusalBuilder(refusal).build();
  }

  /**
   * A builder for a refusal (see {@link #refusal(String)}).
   *
   * <pre><code>server.enqueue(FakeResponse.refusalBuilder("No.").usage(30, 2).build());</code></pre>
   */
  public static Builder refusalBuilder(String refusal) {
    return replyBuilder(
        ReplyContent.of(
            ReplyContent.Kind.REFUSAL, Objects.requireNonNull(refusal, "refusal"), List.of()));
  }

  /**
   * One model round that calls tools: several calls are parallel calls, in this order.
   * Responses: one {@code function_call} output item per call ({@code id} {@code fc_…}, {@code
   * call_id}, {@code name}, {@code arguments}), streamed as {@code response.output_item.added},
   * {@code response.function_call_arguments.delta}s, {@code .done} and {@code
   * response.output_item.done}. Chat: {@code message.tool_calls} and {@code finish_reason:
   * "tool_calls"}, streamed as {@code delta.tool_calls} fragments. Call ids are {@code call_}, the
   * request's number and the call's index ({@code call_00000001_0}) unless {@link
   * FakeLlmServer.ToolCall#withCallId(String)} sets one. The same as {@code
   * toolCallsBuilder(calls).build()}.
   *
   * <pre><code>
   * server.enqueue(FakeResponse.toolCalls(
   *     ToolCall.of("temperature", "{\"city\":\"Paris\"}"),
   *     ToolCall.of("temperature", "{\"city\":\"Rome\"}")));
   * server.enqueueText("Paris is warmer.");                 // the round after the results
   * </code></pre>
   *
   * @throws IllegalArgumentException if there is no call
   */
  public static FakeResponse toolCalls(FakeLlmServer.ToolCall... calls) {
    return toolCallsBuilder(calls).build();
  }

  /**
   * A builder for a tool-call round (see {@link #toolCalls}), to add reasoning the client must
   * pass back, a {@link Builder#preamble(String) text before the calls}, usage or steps.
   *
   * <pre><code>
   * server.enqueue(FakeResponse.toolCallsBuilder(ToolCall.of("temperature", "{\"city\":\"Paris\"}"))
   *     .reasoning("I need the temperature first.")
   *     .build());
   * </code></pre>
   *
   * @throws IllegalArgumentException if there is no call
   */
  public static Builder toolCallsBuilder(FakeLlmServer.ToolCall... calls) {
    if (calls.length == 0) {
      throw new IllegalArgumentException("a tool-call round needs at least one ToolCall");
    }
    for (int i = 0; i < calls.length; i++) {
      Objects.requireNonNull(calls[i], "calls[" + i + "]");
    }
    return replyBuilder(ReplyContent.of(ReplyContent.Kind.TOOL_CALLS, null, List.of(calls)));
  }

  private static Builder replyBuilder(ReplyContent content) {
    Builder builder = new Builder();
    builder.mode = Mode.REPLY;
    builder.content = content;
    return builder;
  }

  /**
   * An OpenAI-style error answer, {@code {"error": {"message", "type", "param": null, "code"}}},
   * as {@code application/json} whether or not the request asked for a stream (a real service
   * also sends errors that precede the stream as plain JSON).
   *
   * <pre><code>
   * server.enqueue(FakeResponse.error(400, "invalid_request_error", "model_not_found",
   *     "The model 'gpt-9' does not exist"));
   * </code></pre>
   *
   * @param status 400–599
   */
  public static FakeResponse error(
      int status, String type, @Nullable String code, String message) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 400–599, not " + status);
    }
    return builder().status(status).body(ErrorBodies.body(type, code, message)).build();
  }

  /**
   * An OpenAI-style error answer whose {@code type} and {@code code} are those api.openai.com
   * sends with the status: 401 → {@code invalid_request_error}/{@code invalid_api_key}; 429 →
   * {@code requests}/{@code rate_limit_exceeded}; 500 and up → {@code server_error}/null; any
   * other → {@code invalid_request_error}/null.
   *
   * <pre><code>server.enqueue(FakeResponse.error(503, "The engine is currently overloaded"));</code></pre>
   *
   * @param status 400–599
   */
  public static FakeResponse error(int status, String message) {
    return error(status, ErrorBodies.typeFor(status), ErrorBodies.codeFor(status), message);
  }

  /**
   * A stream body sent exactly as given (UTF-8), status 200, {@code text/event-stream;
   * charset=utf-8}, in one flushed write.
   *
   * <pre><code>
   * server.enqueue(FakeResponse.rawSse("data: {\"error\":{\"message\":\"boom\"}}\n\n"));
   * </code></pre>
   */
  public static FakeResponse rawSse(String body) {
    return builder().write(body).build();
  }

  /**
   * A builder for a whole body or a script, starting as status 200 with an empty body.
   *
   * <pre><code>
   * FakeResponse slow = FakeResponse.builder()
   *     .pause(Duration.ofSeconds(3))                 // nothing sent yet: not even headers
   *     .write("data: [DONE]\n\n")
   *     .build();
   * </code></pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding everything this response has, to change or add to.
   *
   * <pre><code>
   * FakeResponse withId = FakeResponse.text("Hi").toBuilder().header("x-request-id", "req_42").build();
   * </code></pre>
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.status = status;
    builder.headers.addAll(headers);
    builder.mode = mode;
    builder.wholeBody = wholeBody.clone();
    builder.content = content;
    builder.setOverrides(overrides);
    builder.stepsAfterEvents = stepsAfterEvents;
    builder.stepsAfter = stepsAfter;
    builder.steps.addAll(steps);
    builder.backgroundPolls = background.polls();
    builder.resumes.addAll(background.resumes());
    return builder;
  }

  int status() {
    return status;
  }

  List<Map.Entry<String, String>> headers() {
    return headers;
  }

  Mode mode() {
    return mode;
  }

  byte[] wholeBody() {
    return wholeBody;
  }

  /** The scripted answer; null unless this is a reply. */
  @Nullable ReplyContent content() {
    return content;
  }

  ReplyOverrides overrides() {
    return overrides;
  }

  /** Whether {@link #stepsAfter()} counts events rather than deltas. */
  boolean stepsAfterEvents() {
    return stepsAfterEvents;
  }

  int stepsAfter() {
    return stepsAfter;
  }

  BackgroundScript background() {
    return background;
  }

  List<Step> steps() {
    return steps;
  }

  /**
   * The status, the kind of body and, for text, the text.
   *
   * <pre><code>FakeResponse.text("Hi").toString(); // FakeResponse{200, text "Hi"}</code></pre>
   */
  @Override
  public String toString() {
    String kind =
        content != null
            ? content.describe()
            : mode == Mode.WHOLE ? wholeBody.length + " bytes" : steps.size() + " steps";
    return "FakeResponse{" + status + ", " + kind + "}";
  }

  /**
   * Builds a {@link FakeResponse}. Obtained from {@link FakeResponse#builder()} (a whole body or a
   * script), {@link FakeResponse#textBuilder(String)} (a text reply with steps inside its stream)
   * or {@link FakeResponse#toBuilder()}.
   *
   * <pre><code>
   * FakeResponse response = FakeResponse.builder()
   *     .status(200)
   *     .header("x-request-id", "req_123")
   *     .write("event: response.created\ndata: {...}\n\n")
   *     .await(latch)
   *     .cutConnection()
   *     .build();
   * </code></pre>
   *
   * <p>Steps run in the order they are added. {@link #endBody()}, {@link #cutConnection()} and
   * {@link #streamError} end the body, so no step may follow them.
   */
  public static final class Builder {
    private int status = 200;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private @Nullable Mode mode;
    private byte[] wholeBody = new byte[0];
    private @Nullable ReplyContent content;
    private boolean stepsAfterEvents;
    private int stepsAfter = 1;
    private final List<Step> steps = new ArrayList<>();
    private @Nullable String responseId;
    private @Nullable String model;
    private @Nullable Long inputTokens;
    private @Nullable Long outputTokens;
    private @Nullable Long cachedTokens;
    private @Nullable Long reasoningTokens;
    private @Nullable String finishReason;
    private @Nullable String responseStatus;
    private @Nullable String errorCode;
    private @Nullable String errorMessage;
    private int backgroundPolls = BackgroundScript.DEFAULT.polls();
    private final List<BackgroundScript.Resume> resumes = new ArrayList<>();

    private Builder() {}

    /**
     * The HTTP status; 200 unless set.
     *
     * <pre><code>FakeResponse.builder().status(503).body("upstream overloaded").build();</code></pre>
     *
     * @param status 200–599
     */
    public Builder status(int status) {
      if (status < 200 || status > 599) {
        throw new IllegalArgumentException("status must be 200–599, not " + status);
      }
      this.status = status;
      return this;
    }

    /**
     * Adds a response header. The first header of a name replaces the server's default for it
     * ({@code content-type}, and {@code x-request-id}, which is otherwise {@code req_} and the
     * request's number); later ones add values. {@code content-length} and {@code
     * transfer-encoding} follow from the body and cannot be set.
     *
     * <pre><code>
     * FakeResponse.error(429, "Slow down").toBuilder()
     *     .header("retry-after", "1").header("x-request-id", "req_abc").build();
     * </code></pre>
     */
    public Builder header(String name, String value) {
      checkHeader(name, value);
      headers.add(new SimpleImmutableEntry<>(name, value));
      return this;
    }

    /**
     * The whole body, sent as UTF-8 with a {@code Content-Length}. Not for replies, nor with
     * steps.
     *
     * <pre><code>FakeResponse.builder().status(502).header("content-type", "text/html")
     *     .body("&lt;html&gt;Bad gateway&lt;/html&gt;").build();</code></pre>
     */
    public Builder body(String body) {
      return body(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The whole body, sent as is with a {@code Content-Length}. Not for replies, nor with
     * steps.
     *
     * <pre><code>FakeResponse.builder().body(new byte[] {(byte) 0xff, 0x00}).build();</code></pre>
     */
    public Builder body(byte[] body) {
      if (mode == Mode.REPLY) {
        throw new IllegalStateException("a reply renders its own body; body(...) is for builder()");
      }
      if (mode == Mode.SCRIPT) {
        throw new IllegalStateException(
            "body(...) sends a whole body; it cannot follow script steps such as write(...)");
      }
      mode = Mode.WHOLE;
      wholeBody = body.clone();
      return this;
    }

    /**
     * For a reply: how many deltas are sent before the steps run; 1 unless set, 0 runs them right
     * before the first delta. Every delta counts — reasoning, text, refusal, tool-call arguments.
     * With fewer deltas in the answer, the steps run after the last one (with none, before the
     * events that end the stream). A non-streamed reply has no deltas: its steps run after the
     * headers, before the JSON body.
     *
     * <pre><code>FakeResponse.textBuilder("one two three").afterDelta(2).pause(Duration.ofSeconds(1)).build();</code></pre>
     */
    public Builder afterDelta(int deltas) {
      requireReply("afterDelta(...)");
      if (deltas < 0) {
        throw new IllegalArgumentException("deltas must be >= 0, not " + deltas);
      }
      this.stepsAfterEvents = false;
      this.stepsAfter = deltas;
      return this;
    }

    /**
     * For a streamed reply: the steps run after this many events of the stream, counted from its
     * first event ({@code response.created} or the role chunk), whatever they are; with fewer
     * events, after the last. Replaces {@link #afterDelta(int)}. With {@link #cutConnection()},
     * a background stream that drops after {@code n} events, to be resumed from event {@code n}.
     *
     * <pre><code>
     * server.enqueue(FakeResponse.textBuilder("Hello big world").afterEvent(6).cutConnection().build());
     * </code></pre>
     */
    public Builder afterEvent(int events) {
      requireReply("afterEvent(...)");
      if (events < 0) {
        throw new IllegalArgumentException("events must be >= 0, not " + events);
      }
      this.stepsAfterEvents = true;
      this.stepsAfter = events;
      return this;
    }

    /**
     * Adds a reasoning item before the answer. Responses: a {@code reasoning} output item ({@code
     * id} {@code rs_…}, {@code summary} holding this text, and an opaque {@code
     * encrypted_content}), streamed as {@code response.reasoning_summary_text.delta}s; an empty
     * text gives an item with an empty summary. Chat: {@code reasoning_content}, as DeepSeek sends
     * it (streamed in {@code delta.reasoning_content} before the content). Reasoning tokens count
     * its deltas unless {@link #reasoningTokens(long)} says otherwise.
     *
     * <pre><code>
     * server.enqueue(FakeResponse.toolCallsBuilder(ToolCall.of("lookup", "{}"))
     *     .reasoning("I should look it up.").build());
     * </code></pre>
     */
    public Builder reasoning(String summary) {
      requireReply("reasoning(...)");
      content = content.withReasoning(Objects.requireNonNull(summary, "summary"), content.encryptedContent());
      return this;
    }

    /**
     * Adds a reasoning item (see {@link #reasoning(String)}) whose {@code encrypted_content} is
     * this value, so a test can check the client passes exactly it back.
     *
     * <pre><code>FakeResponse.toolCallsBuilder(call).reasoning("Thinking.", "gAAAA-opaque").build();</code></pre>
     */
    public Builder reasoning(String summary, String encryptedContent) {
      requireReply("reasoning(...)");
      content =
          content.withReasoning(
              Objects.requireNonNull(summary, "summary"),
              Objects.requireNonNull(encryptedContent, "encryptedContent"));
      return this;
    }

    /**
     * For a tool-call round: text the model writes before its calls. Responses: a message output
     * item before the {@code function_call} items; Chat: {@code content} beside {@code
     * tool_calls}.
     *
     * <pre><code>FakeResponse.toolCallsBuilder(call).preamble("Let me check the weather.").build();</code></pre>
     */
    public Builder preamble(String text) {
      requireReply("preamble(...)");
      if (content.kind() != ReplyContent.Kind.TOOL_CALLS) {
        throw new IllegalStateException("preamble(...) is for tool-call rounds: use toolCallsBuilder(...)");
      }
      content = content.withMessage(Objects.requireNonNull(text, "text"));
      return this;
    }

    /**
     * The answer's {@code id} (Responses {@code resp_…}, Chat {@code chatcmpl-…}), instead of the
     * one derived from the request's number. A background response is stored under it.
     *
     * <pre><code>FakeResponse.textBuilder("Hi").responseId("resp_abc").build();</code></pre>
     */
    public Builder responseId(String id) {
      requireReply("responseId(...)");
      if (id.isEmpty()) {
        throw new IllegalArgumentException("a response id must not be empty");
      }
      this.responseId = id;
      return this;
    }

    /**
     * The served model sent back as {@code model}, e.g. a dated snapshot; otherwise the
     * request's {@code model} is echoed.
     *
     * <pre><code>FakeResponse.textBuilder("Hi").model("gpt-5-mini-2025-08-07").build();</code></pre>
     */
    public Builder model(String model) {
      requireReply("model(...)");
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * Usage numbers instead of the derived ones (input: words of the instructions and input;
     * output: the deltas, reasoning included). The total is their sum.
     *
     * <pre><code>FakeResponse.textBuilder("Hi").usage(1200, 35).cachedTokens(1024).build();</code></pre>
     */
    public Builder usage(long inputTokens, long outputTokens) {
      requireReply("usage(...)");
      this.inputTokens = nonNegative("inputTokens", inputTokens);
      this.outputTokens = nonNegative("outputTokens", outputTokens);
      return this;
    }

    /**
     * Cached prompt tokens ({@code input_tokens_details.cached_tokens} / {@code
     * prompt_tokens_details.cached_tokens}); 0 unless set.
     *
     * <pre><code>FakeResponse.textBuilder("Hi").cachedTokens(1024).build();</code></pre>
     */
    public Builder cachedTokens(long tokens) {
      requireReply("cachedTokens(...)");
      this.cachedTokens = nonNegative("tokens", tokens);
      return this;
    }

    /**
     * Reasoning tokens ({@code output_tokens_details.reasoning_tokens} / {@code
     * completion_tokens_details.reasoning_tokens}); otherwise the reasoning's deltas, or 0.
     * Derived output tokens include them.
     *
     * <pre><code>FakeResponse.textBuilder("42").reasoningTokens(512).build();</code></pre>
     */
    public Builder reasoningTokens(long tokens) {
      requireReply("reasoningTokens(...)");
      this.reasoningTokens = nonNegative("tokens", tokens);
      return this;
    }

    /**
     * How the answer ends. Chat: this {@code finish_reason}, verbatim (otherwise {@code stop}, or
     * {@code tool_calls} for a tool-call round). Responses: {@code "length"} makes the response
     * {@code incomplete} with {@code incomplete_details.reason: "max_output_tokens"} (streamed,
     * {@code response.incomplete} instead of {@code response.completed}), {@code
     * "content_filter"} the same with reason {@code content_filter}; other values change nothing.
     *
     * <pre><code>server.enqueue(FakeResponse.jsonBuilder("{\"items\":[{\"na").finishReason("length").build());</code></pre>
     */
    public Builder finishReason(String reason) {
      requireReply("finishReason(...)");
      if (reason.isEmpty()) {
        throw new IllegalArgumentException("a finish reason must not be empty");
      }
      this.finishReason = reason;
      return this;
    }

    /**
     * The Responses {@code status} the answer ends with: {@code completed} (the default), {@code
     * incomplete}, {@code failed} (with {@code error} {@code server_error}, or see {@link
     * #responseError}), {@code cancelled}, {@code queued} or {@code in_progress}. Non-streamed,
     * the body is the Response in that status (queued, in-progress and cancelled ones without
     * output); streamed, the terminal event follows it ({@code response.incomplete}, {@code
     * response.failed}), and a queued, in-progress or cancelled one ends after {@code
     * response.in_progress} without a terminal event. For a background request it is the status
     * the polls end on. To a request that did not ask for background, {@code "in_progress"} is
     * the 200 answer a client must treat as an error. Chat answers ignore it, except that {@code
     * incomplete} there means {@code finish_reason: "length"}.
     *
     * <pre><code>server.enqueue(FakeResponse.textBuilder("").responseStatus("in_progress").build());</code></pre>
     */
    public Builder responseStatus(String status) {
      requireReply("responseStatus(...)");
      if (!ReplyOverrides.STATUSES.contains(status)) {
        throw new IllegalArgumentException(
            "unknown Response status \"" + status + "\"; use one of " + new TreeSet<>(ReplyOverrides.STATUSES));
      }
      this.responseStatus = status;
      return this;
    }

    /**
     * The Response ends {@code failed} with this {@code error} (Responses only): the body of a
     * non-streamed or polled answer, the {@code response.failed} event of a stream.
     *
     * <pre><code>FakeResponse.textBuilder("").responseError("rate_limit_exceeded", "Slow down").build();</code></pre>
     */
    public Builder responseError(String code, String message) {
      requireReply("responseError(...)");
      this.errorCode = Objects.requireNonNull(code, "code");
      this.errorMessage = Objects.requireNonNull(message, "message");
      this.responseStatus = "failed";
      return this;
    }

    /**
     * For a background request ({@code "background": true}): how many {@code GET
     * /responses/{id}} polls answer {@code in_progress} before one answers the final status (0
     * unless set, so the first poll finds the response finished). The creating request itself is
     * answered {@code queued}.
     *
     * <pre><code>
     * server.enqueue(FakeResponse.textBuilder("Done.").backgroundPolls(2).build());
     * // POST → queued; GET → in_progress; GET → in_progress; GET → completed, "Done."
     * </code></pre>
     */
    public Builder backgroundPolls(int polls) {
      requireReply("backgroundPolls(...)");
      if (polls < 0) {
        throw new IllegalArgumentException("polls must be >= 0, not " + polls);
      }
      this.backgroundPolls = polls;
      return this;
    }

    /**
     * For a streamed background response: the next stream resume ({@code GET
     * /responses/{id}?stream=true&starting_after=N}) not yet scripted is refused with this
     * status and an OpenAI-style error body. Resumes beyond those scripted replay the rest of the
     * stream.
     *
     * <pre><code>
     * server.enqueue(FakeResponse.textBuilder("Hello big world")
     *     .afterEvent(6).cutConnection()
     *     .refuseResume(404, "Response resp_1 not found")
     *     .build());
     * </code></pre>
     *
     * @param status 400–599
     */
    public Builder refuseResume(int status, String message) {
      requireReply("refuseResume(...)");
      if (status < 400 || status > 599) {
        throw new IllegalArgumentException("an error status is 400–599, not " + status);
      }
      resumes.add(new BackgroundScript.Refuse(status, Objects.requireNonNull(message, "message")));
      return this;
    }

    /**
     * For a streamed background response: the next stream resume not yet scripted sends this
     * many events of the rest of the stream and then drops the connection, as a flaky network
     * would.
     *
     * <pre><code>
     * FakeResponse.textBuilder("one two three four").afterEvent(5).cutConnection().cutResume(2).build();
     * </code></pre>
     */
    public Builder cutResume(int afterEvents) {
      requireReply("cutResume(...)");
      if (afterEvents < 0) {
        throw new IllegalArgumentException("afterEvents must be >= 0, not " + afterEvents);
      }
      resumes.add(new BackgroundScript.Cut(afterEvents));
      return this;
    }

    /**
     * Writes these UTF-8 bytes and flushes them: the client can read them at once.
     *
     * <pre><code>FakeResponse.builder().write(": keep-alive\n\n").write("data: [DONE]\n\n").build();</code></pre>
     */
    public Builder write(String text) {
      return write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes these bytes and flushes them: the client can read them at once.
     *
     * <pre><code>FakeResponse.builder().write(new byte[] {(byte) 0xe4, (byte) 0xbd}).build();</code></pre>
     */
    public Builder write(byte[] bytes) {
      return step(new Step.Write(bytes.clone()));
    }

    /**
     * Waits this long before the next step.
     *
     * <pre><code>FakeResponse.textBuilder("slow reply").pause(Duration.ofMillis(500)).build();</code></pre>
     */
    public Builder pause(Duration duration) {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("duration must not be negative: " + duration);
      }
      return step(new Step.Pause(duration));
    }

    /**
     * Waits for the test to count {@code latch} down, for at most {@link FakeResponse#DEFAULT_AWAIT_TIMEOUT};
     * if that passes, the connection is cut (and a warning logged), so a forgotten latch fails
     * the test instead of hanging it or letting it pass.
     *
     * <pre><code>
     * CountDownLatch release = new CountDownLatch(1);
     * server.enqueue(FakeResponse.textBuilder("Hello world").await(release).build());
     * // ... the client has read "Hello"; the server holds the rest ...
     * release.countDown();
     * </code></pre>
     */
    public Builder await(CountDownLatch latch) {
      return await(latch, DEFAULT_AWAIT_TIMEOUT);
    }

    /**
     * Waits for the test to count {@code latch} down, for at most {@code timeout}; if that passes,
     * the connection is cut (and a warning logged).
     *
     * <pre><code>FakeResponse.builder().await(release, Duration.ofSeconds(5)).write("data: [DONE]\n\n").build();</code></pre>
     */
    public Builder await(CountDownLatch latch, Duration timeout) {
      Objects.requireNonNull(latch, "latch");
      if (timeout.isNegative()) {
        throw new IllegalArgumentException("timeout must not be negative: " + timeout);
      }
      return step(new Step.Await(latch, timeout));
    }

    /**
     * Sends the status line and headers now, before any body byte: a client then holds a
     * response whose body is still to come.
     *
     * <pre><code>FakeResponse.builder().sendHeaders().pause(Duration.ofSeconds(30)).build(); // a read timeout</code></pre>
     */
    public Builder sendHeaders() {
      return step(new Step.SendHeaders());
    }

    /**
     * Fails the stream the way the request's endpoint does in mid-stream, then ends the body
     * cleanly. Responses: an {@code error} event with {@code code}, {@code message} and {@code
     * param} at its top level (the spec's shape, which the official SDKs parse), then {@code
     * response.failed} with {@code response.error}. Chat: one {@code data: {"error": {...}}} line
     * and no {@code [DONE]}. For a non-streamed request, the {@code {"error": {...}}} object is
     * the (status 200) body.
     *
     * <pre><code>
     * FakeResponse.textBuilder("Hello world")
     *     .streamError("server_error", null, "The server had an error while processing your request.")
     *     .build();
     * </code></pre>
     */
    public Builder streamError(String type, @Nullable String code, String message) {
      return step(
          new Step.StreamError(
              Objects.requireNonNull(type, "type"),
              code,
              Objects.requireNonNull(message, "message"),
              false));
    }

    /**
     * Like {@link #streamError}, but the Responses {@code error} event nests its fields under
     * {@code "error"} ({@code {"type":"error","error":{"type","code","message","param"}}}), the
     * shape api.openai.com was recorded sending and some services still send. Chat is the same
     * either way.
     *
     * <pre><code>
     * FakeResponse.textBuilder("Hello").streamErrorNested("insufficient_quota", "insufficient_quota",
     *     "You exceeded your current quota").build();
     * </code></pre>
     */
    public Builder streamErrorNested(String type, @Nullable String code, String message) {
      return step(
          new Step.StreamError(
              Objects.requireNonNull(type, "type"),
              code,
              Objects.requireNonNull(message, "message"),
              true));
    }

    /**
     * Ends the body cleanly here. In a text reply that means the stream stops without its
     * terminal event ({@code response.completed} or {@code [DONE]}): a well-framed but
     * incomplete stream.
     *
     * <pre><code>FakeResponse.textBuilder("Hello big world").afterDelta(2).endBody().build();</code></pre>
     */
    public Builder endBody() {
      return step(new Step.EndBody());
    }

    /**
     * Closes the connection here without ending the body: a chunked body stops without its last
     * chunk, so the client sees a truncated body (an {@code IOException}), never a clean end.
     * Before anything was written it drops the connection with no response at all. The socket
     * is closed normally (FIN), not reset: the JDK server offers no way to send an RST.
     *
     * <pre><code>FakeResponse.textBuilder("Hello big world").cutConnection().build();</code></pre>
     */
    public Builder cutConnection() {
      return step(new Step.CutConnection());
    }

    /**
     * The response.
     *
     * <pre><code>server.enqueue(FakeResponse.builder().status(500).body("oops").build());</code></pre>
     */
    public FakeResponse build() {
      return new FakeResponse(this);
    }

    private Builder step(Step step) {
      if (mode == Mode.WHOLE) {
        throw new IllegalStateException(
            "this response has a whole body (body(...) or error(...)); script steps cannot follow it");
      }
      if (!steps.isEmpty() && steps.get(steps.size() - 1).ends()) {
        throw new IllegalStateException(
            "the body already ends here (endBody(), cutConnection() or streamError(...));"
                + " no step can follow");
      }
      if (mode == null) {
        mode = Mode.SCRIPT;
      }
      steps.add(step);
      return this;
    }

    private void requireReply(String method) {
      if (mode != Mode.REPLY || content == null) {
        throw new IllegalStateException(
            method
                + " is for scripted replies: use textBuilder, jsonBuilder, refusalBuilder or"
                + " toolCallsBuilder");
      }
    }

    private static long nonNegative(String name, long value) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must be >= 0, not " + value);
      }
      return value;
    }

    ReplyOverrides overrides() {
      return new ReplyOverrides(
          responseId,
          model,
          inputTokens,
          outputTokens,
          cachedTokens,
          reasoningTokens,
          finishReason,
          responseStatus,
          errorCode,
          errorMessage);
    }

    void setOverrides(ReplyOverrides overrides) {
      responseId = overrides.responseId();
      model = overrides.model();
      inputTokens = overrides.inputTokens();
      outputTokens = overrides.outputTokens();
      cachedTokens = overrides.cachedTokens();
      reasoningTokens = overrides.reasoningTokens();
      finishReason = overrides.finishReason();
      responseStatus = overrides.responseStatus();
      errorCode = overrides.errorCode();
      errorMessage = overrides.errorMessage();
    }

    private static void checkHeader(String name, String value) {
      if (name.isEmpty() || !name.chars().allMatch(c -> c > ' ' && c < 127 && c != ':')) {
        throw new IllegalArgumentException("not an HTTP header name: \"" + name + "\"");
      }
      if (value.chars().anyMatch(c -> c == '\r' || c == '\n' || c == 0)) {
        throw new IllegalArgumentException("header " + name + " has a CR, LF or NUL in its value");
      }
      if (FRAMING_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            name + " follows from the body (whole bodies have a length, scripts are chunked)");
      }
    }
  }
}
