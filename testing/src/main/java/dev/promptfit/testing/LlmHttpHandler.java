package dev.promptfit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Handles every request: records it, then answers a well-formed POST to one of the two endpoints
 * with the next enqueued {@link FakeResponse} (or the echo), and anything else with the error a
 * real service would give. Only answers to the endpoints take from the queue, so a stray request
 * to a wrong path cannot eat the answer meant for the real one.
 */
final class LlmHttpHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(FakeLlmServer.class.getName());

  private final Queue<FakeResponse> answers;
  private final BlockingQueue<RecordedLlmRequest> recorded;
  private final AtomicInteger received = new AtomicInteger();

  LlmHttpHandler(Queue<FakeResponse> answers, BlockingQueue<RecordedLlmRequest> recorded) {
    this.answers = answers;
    this.recorded = recorded;
  }

  /** How many requests have arrived, whatever their path or method. */
  int received() {
    return received.get();
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    // Read the whole body first: the connection can only be reused once it has been consumed.
    byte[] body = exchange.getRequestBody().readAllBytes();
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    RecordedLlmRequest request =
        RequestParser.parse(method, path, exchange.getRequestHeaders(), body);
    ReplyIds ids = ReplyIds.of(received.incrementAndGet());
    recorded.add(request);
    try {
      ResponsePlayer.play(answerFor(request), request, ids, exchange);
    } catch (RuntimeException e) {
      // Either way the JDK server closes the socket as it is; only a cut was asked for.
      if (!(e instanceof ConnectionCut)) {
        LOG.log(Level.WARNING, "FakeLlmServer could not answer " + request, e);
      }
      throw e;
    }
  }

  private FakeResponse answerFor(RecordedLlmRequest request) {
    if (request.api() == null) {
      return invalidRequest(404, "Invalid URL (" + request.method() + " " + request.path() + ")");
    }
    if (!request.method().equals("POST")) {
      return invalidRequest(
              405, "Method " + request.method() + " not allowed for " + request.path() + "; use POST")
          .toBuilder()
          .header("allow", "POST")
          .build();
    }
    if (!request.hasJsonObjectBody()) {
      return invalidRequest(
          400,
          "We could not parse the JSON body of your request. The OpenAI API expects a JSON"
              + " object as the payload, but what was sent was not one.");
    }
    FakeResponse next = answers.poll();
    return next != null ? next : FakeResponse.text(echo(request));
  }

  private static FakeResponse invalidRequest(int status, String message) {
    return FakeResponse.error(status, "invalid_request_error", null, message);
  }

  /** The reply when nothing is enqueued. */
  static String echo(RecordedLlmRequest request) {
    String input = request.input();
    return input == null || input.isEmpty() ? "Echo:" : "Echo: " + input;
  }
}
