package dev.promptfit.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One background response (FEATURES.md §5): created queued by a scripted answer to a request with
 * {@code "background": true}, then moved on only by the client's own requests — each poll moves it
 * one step towards its final status, a cancel stops it, a stream resume replays its events after
 * a cursor. Every answer it gives is a {@link FakeResponse}, played like any other.
 */
final class BackgroundRun {
  private static final Set<String> UNFINISHED = Set.of("queued", "in_progress");

  private final String id;
  private final ResponsesRenderer renderer;
  private final String finalStatus;
  /** The framed events of the creating stream, numbered from 0; null if it was not streamed. */
  private final @Nullable List<String> frames;
  private final int polls;
  private final Deque<BackgroundScript.Resume> resumes;
  private int polled;
  private boolean streamed;
  private boolean cancelled;

  BackgroundRun(
      String id,
      ResponsesRenderer renderer,
      String finalStatus,
      @Nullable List<String> frames,
      BackgroundScript script) {
    this.id = id;
    this.renderer = renderer;
    this.finalStatus = finalStatus;
    this.frames = frames == null ? null : List.copyOf(frames);
    this.polls = script.polls();
    this.resumes = new ArrayDeque<>(script.resumes());
  }

  String id() {
    return id;
  }

  /** The creating stream reached its end: the response is finished, whatever the polls say. */
  synchronized void streamEnded() {
    streamed = true;
  }

  /**
   * {@code GET /responses/{id}}: {@code in_progress} for the first {@code polls} polls, then the
   * final status with the output; {@code cancelled} once cancelled.
   */
  synchronized FakeResponse poll() {
    if (cancelled) {
      return json(renderer.body("cancelled"));
    }
    polled++;
    return json(renderer.body(finished() ? finalStatus : "in_progress"));
  }

  /**
   * {@code POST /responses/{id}/cancel}: a queued or running response becomes {@code cancelled}
   * and is returned; cancelling again returns it again (the call is idempotent); a finished one
   * cannot be cancelled.
   */
  synchronized FakeResponse cancel() {
    if (!cancelled && finished() && !UNFINISHED.contains(finalStatus)) {
      return FakeResponse.error(
          400,
          "invalid_request_error",
          null,
          "Cannot cancel a " + finalStatus.replace('_', ' ') + " response.");
    }
    cancelled = true;
    return json(renderer.body("cancelled"));
  }

  /**
   * {@code GET /responses/{id}?stream=true&starting_after=N}: the events after sequence number
   * {@code N} (all of them without a cursor), unless a scripted resume refuses or cuts it. A
   * cancelled response has no more events to send.
   */
  synchronized FakeResponse resume(long startingAfter) {
    if (frames == null) {
      return FakeResponse.error(
          400,
          "invalid_request_error",
          null,
          "Response " + id + " was not created with stream: true, so it cannot be streamed.");
    }
    BackgroundScript.Resume script = resumes.poll();
    if (script instanceof BackgroundScript.Refuse refuse) {
      return FakeResponse.error(refuse.status(), refuse.message());
    }
    int from = (int) Math.min(frames.size(), Math.max(0, startingAfter + 1));
    List<String> rest = cancelled ? List.of() : frames.subList(from, frames.size());
    FakeResponse.Builder stream = FakeResponse.builder().sendHeaders();
    if (script instanceof BackgroundScript.Cut cut) {
      for (String frame : rest.subList(0, Math.min(cut.afterEvents(), rest.size()))) {
        stream.write(frame);
      }
      return stream.cutConnection().build();
    }
    for (String frame : rest) {
      stream.write(frame);
    }
    if (!rest.isEmpty()) {
      streamed = true;
    }
    return stream.build();
  }

  private boolean finished() {
    return streamed || polled > polls;
  }

  private static FakeResponse json(String body) {
    return FakeResponse.builder().body(body).build();
  }
}
