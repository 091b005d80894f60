package dev.promptfit.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** Plays one {@link FakeResponse} into one exchange, adapting text answers to the request. */
final class ResponsePlayer {
  static final String SSE = "text/event-stream; charset=utf-8";
  static final String JSON = "application/json";

  private static final System.Logger LOG = System.getLogger(FakeLlmServer.class.getName());

  private final RecordedLlmRequest request;
  private final ReplyRenderer renderer;
  private final ResponseSink sink;

  private ResponsePlayer(
      RecordedLlmRequest request, ReplyRenderer renderer, ResponseSink sink) {
    this.request = request;
    this.renderer = renderer;
    this.sink = sink;
  }

  /**
   * Answers {@code request} with {@code response}. Throws {@link ConnectionCut} when the script
   * cuts the connection (or is interrupted because the server is closing).
   */
  static void play(
      FakeResponse response, RecordedLlmRequest request, ReplyIds ids, HttpExchange exchange)
      throws IOException {
    setHeaders(exchange.getResponseHeaders(), response, request, ids);
    ResponsePlayer player =
        new ResponsePlayer(
            request,
            ReplyRenderer.forRequest(request, ids),
            new ResponseSink(exchange, response.status()));
    try {
      player.play(response);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionCut("the server is closing");
    }
  }

  private void play(FakeResponse response) throws IOException, InterruptedException {
    switch (response.mode()) {
      case WHOLE:
        sink.writeWhole(response.wholeBody());
        break;
      case SCRIPT:
        runSteps(response.steps());
        break;
      case TEXT:
        if (request.stream()) {
          playStreamedText(response);
        } else {
          playCompleteText(response);
        }
        break;
    }
    sink.end();
  }

  private void playStreamedText(FakeResponse response) throws IOException, InterruptedException {
    String text = response.text();
    List<String> deltas = Deltas.split(text);
    // With fewer deltas than asked for, the steps run after the last one: they always run.
    int stepsAfter = Math.min(response.afterDelta(), deltas.size());
    for (String event : renderer.streamOpening()) {
      sink.write(event);
    }
    boolean open = stepsAfter > 0 || runSteps(response.steps());
    for (int i = 0; open && i < deltas.size(); i++) {
      sink.write(renderer.streamDelta(deltas.get(i)));
      if (i + 1 == stepsAfter) {
        open = runSteps(response.steps());
      }
    }
    if (open) {
      for (String event : renderer.streamClosing(text, deltas.size())) {
        sink.write(event);
      }
    }
  }

  /** A JSON answer has no deltas: its steps run after the headers, before the body. */
  private void playCompleteText(FakeResponse response) throws IOException, InterruptedException {
    String text = response.text();
    byte[] body =
        renderer.completeBody(text, Deltas.split(text).size()).getBytes(StandardCharsets.UTF_8);
    if (response.steps().isEmpty()) {
      sink.writeWhole(body);
      return;
    }
    sink.startChunked();
    if (runSteps(response.steps())) {
      sink.write(body);
    }
  }

  /** Runs the steps in order; false if one of them ended the body. */
  private boolean runSteps(List<Step> steps) throws IOException, InterruptedException {
    for (Step step : steps) {
      if (step instanceof Step.Write write) {
        sink.write(write.bytes());
      } else if (step instanceof Step.Pause pause) {
        TimeUnit.NANOSECONDS.sleep(pause.duration().toNanos());
      } else if (step instanceof Step.Await await) {
        await(await);
      } else if (step instanceof Step.SendHeaders) {
        sink.startChunked();
      } else if (step instanceof Step.StreamError error) {
        writeStreamError(error);
      } else if (step instanceof Step.CutConnection) {
        throw new ConnectionCut("the script cut the connection");
      }
      if (step.ends()) {
        return false;
      }
    }
    return true;
  }

  private static void await(Step.Await step) throws InterruptedException {
    if (!step.latch().await(step.timeout().toNanos(), TimeUnit.NANOSECONDS)) {
      // A latch nobody released is a bug in the test; a cut makes the client fail loudly
      // instead of receiving a complete answer that hides it.
      LOG.log(
          Level.WARNING,
          "FakeLlmServer: latch not released within {0}; cutting the connection",
          step.timeout());
      throw new ConnectionCut("latch timeout");
    }
  }

  private void writeStreamError(Step.StreamError error) throws IOException {
    if (!request.stream()) {
      sink.write(ErrorBodies.body(error.type(), error.code(), error.message()));
      return;
    }
    for (String event : renderer.streamError(error.type(), error.code(), error.message())) {
      sink.write(event);
    }
  }

  private static void setHeaders(
      Headers headers, FakeResponse response, RecordedLlmRequest request, ReplyIds ids) {
    headers.set("content-type", defaultContentType(response, request));
    headers.set("x-request-id", ids.requestId());
    // The response's own headers replace these defaults; repeated names add values.
    Set<String> replaced = new HashSet<>();
    for (Map.Entry<String, String> header : response.headers()) {
      if (replaced.add(header.getKey().toLowerCase(Locale.ROOT))) {
        headers.set(header.getKey(), header.getValue());
      } else {
        headers.add(header.getKey(), header.getValue());
      }
    }
  }

  private static String defaultContentType(FakeResponse response, RecordedLlmRequest request) {
    switch (response.mode()) {
      case SCRIPT:
        return SSE;
      case TEXT:
        return request.stream() ? SSE : JSON;
      default:
        return JSON;
    }
  }
}
