package dev.promptfit.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The background responses of one server, by id, and the answers to the requests that follow
 * them up: {@code GET /responses/{id}} (poll or stream resume) and {@code POST
 * /responses/{id}/cancel}.
 */
final class BackgroundRuns {
  private final Map<String, BackgroundRun> runs = new ConcurrentHashMap<>();

  void add(BackgroundRun run) {
    runs.put(run.id(), run);
  }

  /** The answer to a follow-up request on stored response {@code id}. */
  FakeResponse answer(RecordedLlmRequest request, String id, boolean cancel) {
    BackgroundRun run = runs.get(id);
    if (run == null) {
      return FakeResponse.error(
          404, "invalid_request_error", null, "Response with id '" + id + "' not found.");
    }
    if (cancel) {
      return run.cancel();
    }
    if (!"true".equals(request.queryParameter("stream"))) {
      return run.poll();
    }
    String cursor = request.queryParameter("starting_after");
    if (cursor == null) {
      return run.resume(-1);
    }
    Long startingAfter = parseCursor(cursor);
    if (startingAfter == null) {
      return FakeResponse.error(
          400,
          "invalid_request_error",
          null,
          "Invalid 'starting_after': expected a non-negative integer, got '" + cursor + "'.");
    }
    return run.resume(startingAfter);
  }

  private static @Nullable Long parseCursor(String cursor) {
    try {
      long value = Long.parseLong(cursor);
      return value < 0 ? null : value;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
