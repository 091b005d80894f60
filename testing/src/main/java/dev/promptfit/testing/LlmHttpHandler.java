package dev.promptfit.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Handles every request: records it, then answers a well-formed POST to one of the two endpoints
 * with the next enqueued {@link FakeResponse} (or the echo), a poll, resume or cancel of a stored
 * background response from {@link BackgroundRuns}, and anything else with the error a real service
 * would give. Only answers to the endpoints take from the queue, so a stray request to a wrong path
 * cannot eat the answer meant for the real one.
 */
final class LlmHttpHandler implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(FakeLlmServer.class.getName());

  private final Queue<FakeResponse> answers;
  private final BlockingQueue<RecordedLlmRequest> recorded;
  private final AtomicInteger received = new AtomicInteger();
  private final BackgroundRuns runs = new BackgroundRuns();

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
        RequestParser.parse(
            method, path, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(), body);
    ReplyIds ids = ReplyIds.of(received.incrementAndGet());
    recorded.add(request);
    try {
      ResponsePlayer.play(answerFor(request), request, ids, runs, exchange);
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
    String storedId = request.responseId();
    if (storedId != null) {
      return storedResponseAnswer(request, storedId);
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

  /** {@code GET /responses/{id}} polls or resumes; {@code POST /responses/{id}/cancel} cancels. */
  private FakeResponse storedResponseAnswer(RecordedLlmRequest request, String id) {
    boolean cancel = RequestParser.isCancel(request.path());
    String allowed = cancel ? "POST" : "GET";
    if (!request.method().equals(allowed)) {
      return invalidRequest(
              405,
              "Method " + request.method() + " not allowed for " + request.path() + "; use " + allowed)
          .toBuilder()
          .header("allow", allowed)
          .build();
    }
    return runs.answer(request, id, cancel);
  }

  private static FakeResponse invalidRequest(int status, String message) {
    return FakeResponse.error(status, "invalid_request_error", null, message);
  }

  /**
   * The reply when nothing is enqueued: {@code "Echo: "} and the input, then the attachments of
   * the last user message, if any, e.g. {@code "Echo: Compare [2 attachments: image/png,
   * application/pdf]"}.
   */
  static String echo(RecordedLlmRequest request) {
    String input = request.input();
    StringBuilder echo = new StringBuilder("Echo:");
    if (input != null && !input.isEmpty()) {
      echo.append(' ').append(input);
    }
    List<RecordedPart> attachments = request.attachments();
    if (!attachments.isEmpty()) {
      List<String> types = new ArrayList<>();
      for (RecordedPart attachment : attachments) {
        String type = attachment.mediaType();
        types.add(type != null ? type : attachment instanceof RecordedPart.Image ? "image" : "file");
      }
      echo.append(" [")
          .append(attachments.size())
          .append(attachments.size() == 1 ? " attachment: " : " attachments: ")
          .append(String.join(", ", types))
          .append(']');
    }
    return echo.toString();
  }
}
