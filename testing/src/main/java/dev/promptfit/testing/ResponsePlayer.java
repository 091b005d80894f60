package dev.promptfit.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * Plays one {@link FakeResponse} into one exchange, adapting replies to the request: its
 * endpoint, whether it streams, and whether it creates a background response.
 */
final class ResponsePlayer {
  static final String SSE = "text/event-stream; charset=utf-8";
  static final String JSON = "application/json";

  private static final System.Logger LOG = System.getLogger(FakeLlmServer.class.getName());

  private final RecordedLlmRequest request;
  private final ResponseSink sink;
  private @Nullable ReplyRenderer renderer;
  /** How many stream events were written: the sequence number of an error written now. */
  private int written;

  private ResponsePlayer(RecordedLlmRequest request, ResponseSink sink) {
    this.request = request;
    this.sink = sink;
  }

  /**
   * Answers {@code request} with {@code response}, storing a background response in {@code
   * runs}. Throws {@link ConnectionCut} when the script cuts the connection (or is interrupted
   * because the server is closing).
   */
  static void play(
      FakeResponse response,
      RecordedLlmRequest request,
      ReplyIds ids,
      BackgroundRuns runs,
      HttpExchange exchange)
      throws IOException {
    setHeaders(exchange.getResponseHeaders(), response, request, ids);
    ResponsePlayer player =
        new ResponsePlayer(request, new ResponseSink(exchange, response.status()));
    try {
      player.play(response, ids, runs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectionCut("the server is closing");
    }
  }

  private void play(FakeResponse response, ReplyIds ids, BackgroundRuns runs)
      throws IOException, InterruptedException {
    ReplyContent content = response.content();
    if (response.mode() == FakeResponse.Mode.WHOLE) {
      sink.writeWhole(response.wholeBody());
    } else if (content == null) {
      runSteps(response.steps());
    } else {
      ReplyPlan plan = ReplyPlan.of(content, response.overrides(), request, ids);
      ReplyRenderer reply = ReplyRenderer.forPlan(plan);
      renderer = reply;
      ResponsesRenderer background =
          reply instanceof ResponsesRenderer responses && request.background() ? responses : null;
      if (request.stream()) {
        List<WireEvent> events = reply.stream(background != null);
        List<WireEvent.Kind> kinds = new ArrayList<>();
        for (WireEvent event : events) {
          kinds.add(event.kind());
        }
        List<String> frames = WireEvent.frameAll(events, 0);
        BackgroundRun run =
            background == null ? null : store(plan, background, frames, response, runs);
        playStream(response, frames, kinds, run);
      } else if (background != null) {
        store(plan, background, null, response, runs);
        playComplete(response, background.body("queued"));
      } else {
        playComplete(response, reply.completeBody());
      }
    }
    sink.end();
  }

  private static BackgroundRun store(
      ReplyPlan plan,
      ResponsesRenderer renderer,
      @Nullable List<String> frames,
      FakeResponse response,
      BackgroundRuns runs) {
    BackgroundRun run =
        new BackgroundRun(plan.responsesId(), renderer, plan.status(), frames, response.background());
    runs.add(run);
    return run;
  }

  /**
   * Writes the framed events, running the steps at their place: after the {@code n}th event, or
   * after the {@code n}th delta (before the first for 0; before the stream's ending when there are
   * none).
   */
  private void playStream(
      FakeResponse response,
      List<String> frames,
      List<WireEvent.Kind> kinds,
      @Nullable BackgroundRun run)
      throws IOException, InterruptedException {
    int stepsAt = stepsPosition(response, kinds);
    boolean open = true;
    for (int i = 0; open && i <= frames.size(); i++) {
      if (i == stepsAt) {
        open = runSteps(response.steps());
      }
      if (open && i < frames.size()) {
        sink.write(frames.get(i));
        written++;
      }
    }
    if (open && run != null) {
      run.streamEnded();
    }
  }

  private static int stepsPosition(FakeResponse response, List<WireEvent.Kind> kinds) {
    int n = response.stepsAfter();
    if (response.stepsAfterEvents()) {
      return Math.min(n, kinds.size());
    }
    List<Integer> deltas = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == WireEvent.Kind.DELTA) {
        deltas.add(i);
      }
    }
    if (deltas.isEmpty()) {
      int end = kinds.indexOf(WireEvent.Kind.END);
      return end >= 0 ? end : kinds.size();
    }
    return n == 0 ? deltas.get(0) : deltas.get(Math.min(n, deltas.size()) - 1) + 1;
  }

  /** A JSON answer has no deltas: its steps run after the headers, before the body. */
  private void playComplete(FakeResponse response, String json)
      throws IOException, InterruptedException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
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

  /**
   * A reply's stream fails as its endpoint does, numbered on from the events already written; a
   * script or a non-streamed answer writes the bare {@code {"error": {...}}} object.
   */
  private void writeStreamError(Step.StreamError error) throws IOException {
    if (renderer == null || !request.stream()) {
      sink.write(ErrorBodies.body(error.type(), error.code(), error.message()));
      return;
    }
    List<WireEvent> events =
        renderer.streamError(error.type(), error.code(), error.message(), error.nested());
    for (String frame : WireEvent.frameAll(events, written)) {
      sink.write(frame);
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
      case REPLY:
        return request.stream() ? SSE : JSON;
      default:
        return JSON;
    }
  }
}
