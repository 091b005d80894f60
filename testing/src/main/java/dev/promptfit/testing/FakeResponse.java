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
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;

/**
 * One answer for {@link FakeLlmServer#enqueue}: a status, headers, and a body that is one of
 * three kinds.
 *
 * <ul>
 *   <li><b>Text</b> ({@link #text}, {@link #textBuilder}): a reply that takes the shape the request
 *       asks for when it arrives — Responses or Chat Completions, streamed or not — with the event
 *       sequence the real service sends. So one text answer serves whichever endpoint the code
 *       under test calls, and a test never names the endpoint twice. Steps added to a text
 *       builder run inside that sequence, after the {@link Builder#afterDelta(int) first delta}.
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
    TEXT
  }

  private final int status;
  private final List<Map.Entry<String, String>> headers;
  private final Mode mode;
  private final byte[] wholeBody;
  private final String text;
  private final int afterDelta;
  private final List<Step> steps;

  private FakeResponse(Builder builder) {
    this.status = builder.status;
    this.headers = List.copyOf(builder.headers);
    this.mode = builder.mode == null ? Mode.WHOLE : builder.mode;
    this.wholeBody = builder.wholeBody.clone();
    this.text = builder.text;
    this.afterDelta = builder.afterDelta;
    this.steps = List.copyOf(builder.steps);
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
    Builder builder = new Builder();
    builder.mode = Mode.TEXT;
    builder.text = Objects.requireNonNull(text, "text");
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
    builder.text = text;
    builder.afterDelta = afterDelta;
    builder.steps.addAll(steps);
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

  String text() {
    return text;
  }

  int afterDelta() {
    return afterDelta;
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
        mode == Mode.TEXT
            ? "text \"" + text + "\""
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
    private String text = "";
    private int afterDelta = 1;
    private final List<Step> steps = new ArrayList<>();

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
     * The whole body, sent as UTF-8 with a {@code Content-Length}. Not for text replies, nor with
     * steps.
     *
     * <pre><code>FakeResponse.builder().status(502).header("content-type", "text/html")
     *     .body("&lt;html&gt;Bad gateway&lt;/html&gt;").build();</code></pre>
     */
    public Builder body(String body) {
      return body(body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The whole body, sent as is with a {@code Content-Length}. Not for text replies, nor with
     * steps.
     *
     * <pre><code>FakeResponse.builder().body(new byte[] {(byte) 0xff, 0x00}).build();</code></pre>
     */
    public Builder body(byte[] body) {
      if (mode == Mode.TEXT) {
        throw new IllegalStateException("a text reply renders its own body; body(...) is for builder()");
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
     * For a text reply: how many deltas are sent before the steps run; 1 unless set, 0 runs them
     * right after the events that open the stream. With fewer deltas in the text, the steps run
     * after the last one. A non-streamed reply has no deltas: its steps run after the headers,
     * before the JSON body.
     *
     * <pre><code>FakeResponse.textBuilder("one two three").afterDelta(2).pause(Duration.ofSeconds(1)).build();</code></pre>
     */
    public Builder afterDelta(int deltas) {
      if (mode != Mode.TEXT) {
        throw new IllegalStateException("afterDelta(...) is for text replies: use textBuilder(text)");
      }
      if (deltas < 0) {
        throw new IllegalArgumentException("deltas must be >= 0, not " + deltas);
      }
      this.afterDelta = deltas;
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
     * cleanly. Responses: an {@code error} event with the error nested under {@code "error"} (the
     * shape api.openai.com sends), then {@code response.failed} with {@code response.error}.
     * Chat: one {@code data: {"error": {...}}} line and no {@code [DONE]}. For a non-streamed
     * request, the {@code {"error": {...}}} object is the (status 200) body.
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
              Objects.requireNonNull(type, "type"), code, Objects.requireNonNull(message, "message")));
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
