package dev.promptfit.testing;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * A real HTTP/1.1 server on the loopback interface that speaks the OpenAI Responses API ({@code
 * POST {url}responses}) and Chat Completions API ({@code POST {url}chat/completions}), streamed
 * ({@code "stream": true}: {@code text/event-stream}, chunked, one flushed chunk per event) and
 * not ({@code application/json}), with the event sequences the real services send. Code that
 * uses a Promptfit client is tested against it without a network.
 *
 * <pre><code>
 * try (FakeLlmServer server = new FakeLlmServer()) {
 *   Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).apiKey("test").build();
 *   Assistant assistant = promptfit.create(Assistant.class);
 *
 *   server.enqueueText("Hello!");
 *   assertEquals("Hello!", assistant.ask("Hi"));
 *
 *   RecordedLlmRequest request = server.takeRequest();
 *   assertEquals("Hi", request.input());
 *   assertEquals("You are a terse assistant.", request.instructions());
 * }
 * </code></pre>
 *
 * <p><b>Answers.</b> Each POST to an endpoint takes the next enqueued {@link FakeResponse}, in
 * order: text ({@link #enqueueText}), JSON ({@link #enqueueJson}), a refusal ({@link
 * #enqueueRefusal}), a tool-call round ({@link #enqueueToolCalls}), with reasoning, usage, ids
 * and endings scripted through {@link FakeResponse}'s builders; each takes the shape of the
 * endpoint the request went to. With none enqueued a request gets a text reply echoing the
 * prompt: {@code "Echo: "} followed by {@link RecordedLlmRequest#input()} ({@code "Echo:"} when
 * there is no user message), then, if the last user message has attachments, their media types,
 * e.g. {@code "Echo: Compare [2 attachments: image/png, application/pdf]"}. Other requests never
 * take from the queue: an unknown path gets 404, another method on an endpoint 405, a body that
 * is not a JSON object 400, each with an OpenAI-style {@code {"error": {...}}} body.
 *
 * <p><b>Background responses.</b> A Responses request with {@code "background": true} answered
 * by a scripted reply creates a stored response ({@code queued}, or a stream whose events the
 * fake keeps). {@code GET {url}responses/{id}} polls it ({@code in_progress} for {@link
 * FakeResponse.Builder#backgroundPolls(int) a scripted number of polls}, then its final status),
 * {@code GET {url}responses/{id}?stream=true&starting_after=N} resumes its stream after event
 * {@code N} (or as {@link FakeResponse.Builder#refuseResume} and {@link
 * FakeResponse.Builder#cutResume} script), and {@code POST {url}responses/{id}/cancel} cancels
 * it. These requests are recorded like any other ({@link RecordedLlmRequest#responseId()},
 * {@link RecordedLlmRequest#queryParameter(String)}) and never take from the queue.
 *
 * <p><b>Determinism.</b> A text reply is cut into deltas the way tokenizers cut text — words with
 * their leading space, each other character alone: {@code "Hello world!"} streams as {@code
 * "Hello"}, {@code " world"}, {@code "!"}; JSON and tool-call arguments are cut across string
 * delimiters instead (<code>{"</code>, {@code city}, {@code ":"}, ...). Usage, unless scripted: input
 * tokens are the whitespace-separated words of the instructions plus those of the input; output
 * tokens are the number of deltas (reasoning included); reasoning tokens the reasoning's deltas;
 * cached tokens 0. Ids count requests on this server: the {@code n}th request (counting every
 * request) is answered as {@code resp_0000000n} / {@code msg_0000000n} / {@code rs_0000000n} /
 * {@code fc_0000000n_i} (Responses), {@code chatcmpl-0000000n} (Chat), tool calls as {@code
 * call_0000000n_i}, with header {@code x-request-id: req_0000000n}. Only {@code created}/{@code
 * created_at}/{@code completed_at} come from the clock.
 *
 * <p><b>Threads.</b> Every request runs on its own thread from a cached pool, so hundreds of
 * streams can be held open at once; connections are kept alive between requests. All threads are
 * daemons named {@code fake-llm-server-<port>-...}, and {@link #close()} ends them all.
 *
 * <p><b>Limits</b> of the JDK's {@code com.sun.net.httpserver} underneath: HTTP/1.1 only (no
 * HTTP/2, no TLS); response header names go out capitalised its way ({@code X-request-id}), which
 * HTTP treats as the same name; a cut connection is closed normally (FIN), never reset (RST). To
 * flush every event at once the class sets the system property {@code sun.net.httpserver.nodelay}
 * to {@code true} unless it is already set; the JDK reads it when its first server in the JVM is
 * made, so if another {@code HttpServer} came first, events may be coalesced for up to ~40 ms.
 */
public final class FakeLlmServer implements AutoCloseable {
  /** The path prefix of both endpoints, as in api.openai.com's base URL. */
  static final String BASE_PATH = "/v1/";

  private static final Duration TAKE_TIMEOUT = Duration.ofSeconds(10);

  private final Queue<FakeResponse> answers = new ConcurrentLinkedQueue<>();
  private final BlockingQueue<RecordedLlmRequest> recorded = new LinkedBlockingQueue<>();
  private final LlmHttpHandler handler = new LlmHttpHandler(answers, recorded);
  private final AtomicBoolean closed = new AtomicBoolean();
  private final LoopbackServer server;
  private final String url;

  /**
   * Starts a server on {@code 127.0.0.1} and a free port.
   *
   * <pre><code>
   * FakeLlmServer server = new FakeLlmServer();
   * try {
   *   // ...
   * } finally {
   *   server.close();
   * }
   * </code></pre>
   *
   * @throws UncheckedIOException if no port can be bound
   */
  public FakeLlmServer() {
    this.server = LoopbackServer.start(handler);
    this.url = "http://127.0.0.1:" + server.port() + BASE_PATH;
  }

  /**
   * The base URL, ending in {@code /v1/}, e.g. {@code http://127.0.0.1:54321/v1/}: Promptfit's
   * {@code baseUrl}, or the base any OpenAI-compatible client resolves {@code responses} and
   * {@code chat/completions} against.
   *
   * <pre><code>Promptfit.builder().baseUrl(server.url()).apiKey("test").build();</code></pre>
   */
  public String url() {
    return url;
  }

  /**
   * The next request is answered with this text, in whatever shape it asks for: Responses or
   * Chat, streamed (the real event sequence) or not.
   *
   * <pre><code>
   * server.enqueueText("Paris.");
   * assertEquals("Paris.", assistant.ask("Capital of France?"));
   * </code></pre>
   */
  public void enqueueText(String text) {
    enqueue(FakeResponse.text(text));
  }

  /**
   * The next request is answered with this JSON as the model's text, as under structured output:
   * Responses {@code output_text}, Chat {@code message.content}; streamed in fragments that cut
   * across string delimiters, as the real services stream JSON. The JSON is sent as given, not
   * checked. See {@link FakeResponse#jsonBuilder(String)} to add usage or a finish reason.
   *
   * <pre><code>
   * server.enqueueJson("{\"vendor\":\"ACME\",\"date\":\"2026-01-31\"}");
   * Invoice invoice = extractor.invoice("...");
   * assertEquals("ACME", invoice.vendor());
   * </code></pre>
   */
  public void enqueueJson(String json) {
    enqueue(FakeResponse.json(json));
  }

  /**
   * The next request is answered with a refusal: Responses, a {@code refusal} content part
   * ({@code response.refusal.delta}s and {@code .done} when streamed); Chat, {@code
   * message.refusal} with null {@code content} ({@code delta.refusal} when streamed).
   *
   * <pre><code>
   * server.enqueueRefusal("I can't help with that.");
   * assertThrows(RefusalException.class, () -&gt; extractor.invoice("..."));
   * </code></pre>
   */
  public void enqueueRefusal(String refusal) {
    enqueue(FakeResponse.refusal(refusal));
  }

  /**
   * The next request is answered with one model round calling these tools; several calls are
   * parallel calls. Enqueue the answer to the round after the results separately. See {@link
   * FakeResponse#toolCalls} for the wire shapes and {@link FakeResponse#toolCallsBuilder} to add
   * reasoning.
   *
   * <pre><code>
   * server.enqueueToolCalls(ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}"));
   * server.enqueueText("It is 21 °C in Paris.");
   * assertEquals("It is 21 °C in Paris.", agent.plan("Paris"));
   * server.takeRequest();                                    // the round that called the tool
   * assertEquals("21.0", server.takeRequest().toolResults().get(0).output());
   * </code></pre>
   *
   * @throws IllegalArgumentException if there is no call
   */
  public void enqueueToolCalls(ToolCall... calls) {
    enqueue(FakeResponse.toolCalls(calls));
  }

  /**
   * The next request is answered with this status and an OpenAI-style error body whose {@code
   * type} and {@code code} suit the status (see {@link FakeResponse#error(int, String)}).
   *
   * <pre><code>
   * server.enqueueError(429, "Rate limit reached for requests");
   * assertThrows(RateLimitException.class, () -&gt; assistant.ask("Hi"));
   * </code></pre>
   *
   * @param status 400–599
   */
  public void enqueueError(int status, String message) {
    enqueue(FakeResponse.error(status, message));
  }

  /**
   * The next request is answered with this status and the body {@code {"error": {"message",
   * "type", "param": null, "code"}}}.
   *
   * <pre><code>
   * server.enqueueError(401, "invalid_request_error", "invalid_api_key", "Incorrect API key provided");
   * </code></pre>
   *
   * @param status 400–599
   */
  public void enqueueError(int status, String type, @Nullable String code, String message) {
    enqueue(FakeResponse.error(status, type, code, message));
  }

  /**
   * The next request is answered with exactly this body (UTF-8), status 200, {@code
   * text/event-stream; charset=utf-8}: for streams the renderer would never produce.
   *
   * <pre><code>
   * server.enqueueRawSse("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n");
   * </code></pre>
   */
  public void enqueueRawSse(String body) {
    enqueue(FakeResponse.rawSse(body));
  }

  /**
   * The next request not yet answered by an earlier enqueued response is answered with this
   * one. Responses are taken in order, one per request.
   *
   * <pre><code>
   * server.enqueue(FakeResponse.error(503, "Overloaded").toBuilder().header("retry-after", "0").build());
   * server.enqueueText("Recovered");
   * </code></pre>
   */
  public void enqueue(FakeResponse response) {
    answers.add(response);
  }

  /**
   * The oldest request not yet taken, waiting up to 10 seconds for one to arrive.
   *
   * <pre><code>
   * assistant.ask("Hi");
   * assertEquals("gpt-5-mini", server.takeRequest().model());
   * </code></pre>
   *
   * @throws IllegalStateException if no request arrives within 10 seconds
   */
  public RecordedLlmRequest takeRequest() {
    return takeRequest(TAKE_TIMEOUT);
  }

  /**
   * The oldest request not yet taken, waiting up to {@code timeout} for one to arrive.
   *
   * <pre><code>RecordedLlmRequest request = server.takeRequest(Duration.ofSeconds(1));</code></pre>
   *
   * @throws IllegalStateException if no request arrives in time
   */
  public RecordedLlmRequest takeRequest(Duration timeout) {
    try {
      RecordedLlmRequest request = recorded.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
      if (request == null) {
        throw new IllegalStateException(
            "FakeLlmServer: no request arrived within "
                + describe(timeout)
                + " while waiting in takeRequest() ("
                + requestCount()
                + " received in all, every one already taken)");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("FakeLlmServer: interrupted while waiting in takeRequest()", e);
    }
  }

  /**
   * How many requests have arrived so far, whatever their path or method, taken or not.
   *
   * <pre><code>assertEquals(3, server.requestCount()); // two retries after a 503</code></pre>
   */
  public int requestCount() {
    return handler.received();
  }

  /**
   * Stops the server: closes every connection (streams still open are cut), interrupts answers
   * still pausing or awaiting a latch, and waits for all its threads to end. Calling it again
   * does nothing.
   *
   * <pre><code>try (FakeLlmServer server = new FakeLlmServer()) { ... }</code></pre>
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    server.stop();
  }

  /**
   * Names the server by its base URL, for assertion messages and logs.
   *
   * <pre><code>System.out.println(server); // FakeLlmServer{http://127.0.0.1:54321/v1/}</code></pre>
   */
  @Override
  public String toString() {
    return "FakeLlmServer{" + url + "}";
  }

  /**
   * One tool call the fake model makes: the tool's name and its arguments, a JSON text sent as
   * given (so a test can also send arguments that do not parse or do not bind). The call id is
   * {@code call_}, the request's number and the call's index unless {@link #withCallId} sets it.
   *
   * <pre><code>
   * ToolCall call = ToolCall.of("forecast", "{\"city\":\"Oslo\",\"days\":3}").withCallId("call_oslo");
   * server.enqueueToolCalls(call);
   * </code></pre>
   *
   * @param name the tool's name, as the client declared it
   * @param arguments the arguments JSON text
   * @param callId the call id ({@code call_id} / {@code tool_calls[].id}), or null for the default
   */
  public record ToolCall(String name, String arguments, @Nullable String callId) {

    /**
     * Checks the parts.
     *
     * <pre><code>new ToolCall("lookup", "{}", "call_1");</code></pre>
     *
     * @throws IllegalArgumentException if {@code name} or {@code callId} is empty
     */
    public ToolCall {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(arguments, "arguments");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a tool call needs a tool name");
      }
      if (callId != null && callId.isEmpty()) {
        throw new IllegalArgumentException("a call id must not be empty; pass none for the default");
      }
    }

    /**
     * A call of tool {@code name} with these arguments and the default call id.
     *
     * <pre><code>ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}")</code></pre>
     */
    public static ToolCall of(String name, String argumentsJson) {
      return new ToolCall(name, argumentsJson, null);
    }

    /**
     * The same call with this call id, on both endpoints.
     *
     * <pre><code>ToolCall.of("lookup", "{}").withCallId("call_abc123")</code></pre>
     */
    public ToolCall withCallId(String callId) {
      return new ToolCall(name, arguments, Objects.requireNonNull(callId, "callId"));
    }
  }

  private static String describe(Duration duration) {
    return duration.toMillis() % 1000 == 0
        ? duration.toSeconds() + " s"
        : duration.toMillis() + " ms";
  }
}
