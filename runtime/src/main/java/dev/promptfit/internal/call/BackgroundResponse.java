package dev.promptfit.internal.call;

import dev.promptfit.ApiException;
import dev.promptfit.PromptfitException;
import dev.promptfit.PromptfitTimeoutException;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.http.CallDeadline;
import dev.promptfit.internal.http.HeadersSignal;
import dev.promptfit.internal.http.RetryingCall;
import dev.promptfit.internal.listen.CallEvents;
import dev.promptfit.internal.stream.PartialText;
import dev.promptfit.internal.stream.ResponseState;
import dev.promptfit.internal.stream.StreamCursor;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Not API. Follows one background response of the Responses API (FEATURES.md section 5) to its
 * end, for the {@link Exchange} that created it.
 *
 * <ul>
 *   <li>Not streamed: while the response is {@code queued} or {@code in_progress}, it is polled
 *       with {@code GET responses/{id}}, waiting 0.5 s, then twice as long each time up to 5 s,
 *       within the call's deadline.
 *   <li>Streamed: when the stream drops, it is resumed with {@code GET
 *       responses/{id}?stream=true&starting_after=N}, N the last event read whole, up to {@code
 *       maxRetries} times; a resume the server answers with an error ends the call with a {@code
 *       StreamException} naming the status.
 *   <li>Cancelled, or abandoned before its end (closed early, timed out, a resume that failed):
 *       {@code POST responses/{id}/cancel}, once, on the client's executor, so that a thread that
 *       cancels never waits for it. A response whose end the client saw is not cancelled.
 * </ul>
 *
 * <p>A cancel that comes before the server named the response cannot reach it; it is sent as soon
 * as the id is known.
 */
final class BackgroundResponse {
  private static final System.Logger LOG = System.getLogger("dev.promptfit.background");
  static final Duration FIRST_POLL = Duration.ofMillis(500);
  static final Duration LONGEST_POLL = Duration.ofSeconds(5);

  private final CallContext context;
  private final Failures failures;
  private final Map<String, String> headers;
  private final CallDeadline deadline;
  private final CallEvents events;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final AtomicBoolean cancelSent = new AtomicBoolean();
  private volatile boolean cancelled;
  private volatile boolean ended;
  private volatile @Nullable String id;
  private volatile @Nullable StreamCursor cursor;
  private volatile @Nullable RetryingCall current;
  private int resumes;

  /**
   * @param headers the call's own headers, sent with every follow-up request too
   * @param events the call's listeners, who hear of each poll and resume as an attempt
   */
  BackgroundResponse(
      CallContext context,
      Failures failures,
      Map<String, String> headers,
      CallDeadline deadline,
      CallEvents events) {
    this.context = context;
    this.failures = failures;
    this.headers = headers;
    this.deadline = deadline;
    this.events = events;
  }

  /** A streamed response: its id and progress come from {@code cursor}. */
  void follow(StreamCursor cursor) {
    this.cursor = cursor;
    if (cancelled) {
      sendCancel();
    }
  }

  /**
   * A non-streamed response, whose first answer is {@code body}: polls it while it is unfinished
   * and returns the body of its final state, for the endpoint to read. {@code first} is the call
   * that created it.
   */
  byte[] follow(byte[] body, RetryingCall first) {
    current = first;
    ResponseState state = ResponseState.of(body);
    if (state == null || state.id().isEmpty()) {
      // Not a response this can follow: the endpoint's reply parser says what is wrong with it.
      return body;
    }
    identify(state.id());
    Duration wait = FIRST_POLL;
    while (state.unfinished()) {
      pause(wait, "while background response " + state.id() + " was " + state.status());
      wait = wait.multipliedBy(2).compareTo(LONGEST_POLL) > 0 ? LONGEST_POLL : wait.multipliedBy(2);
      body = poll(state.id());
      ResponseState polled = ResponseState.of(body);
      if (polled == null) {
        return body;
      }
      state = polled;
    }
    ended = true;
    return body;
  }

  /**
   * A resumed stream after {@code cursor}'s last event, or null when the stream cannot be resumed
   * (no id or numbered event yet, cancelled, no resumes left): then {@code drop} stands.
   *
   * @throws dev.promptfit.StreamException when the server refuses the resume
   */
  @Nullable Response<ResponseBody> resume(StreamCursor cursor, PartialText partial, IOException drop) {
    String responseId = cursor.responseId();
    int allowed = context.retryPolicy().maxRetries();
    // Without a numbered event there is no place to resume from that repeats nothing.
    while (responseId != null && cursor.sequence() >= 0 && !cancelled && resumes < allowed) {
      resumes++;
      String path = path(responseId) + "?stream=true&starting_after=" + cursor.sequence();
      RetryingCall call =
          call(signal -> context.service().get(path, headers("text/event-stream"), signal), 0);
      try {
        return call.execute();
      } catch (ApiException refused) {
        throw failures.stream(
            "the server refused to resume background response "
                + responseId
                + " after event "
                + cursor.sequence()
                + " (HTTP "
                + refused.statusCode()
                + refused.errorCode().map(c -> ", " + c).orElse("")
                + ") when its stream dropped after "
                + partial.length()
                + " chars of text"
                + partial.note()
                + " ("
                + drop.getClass().getSimpleName()
                + ": "
                + drop.getMessage()
                + ")",
            refused.errorCode().orElse(null),
            partial.text(),
            refused.requestId().orElse(null),
            refused);
      } catch (CancellationException | PromptfitTimeoutException stop) {
        throw stop;
      } catch (PromptfitException unreachable) {
        // The resume itself could not connect: another resume, if any are left, after a wait.
        if (resumes < allowed) {
          pause(context.retryPolicy().backoff(resumes - 1), "before resuming " + responseId);
        }
      }
    }
    return null;
  }

  /** What a failure message of a dropped stream adds about resumes. */
  String resumesNote() {
    if (resumes > 0) {
      return " (background response resumed "
          + resumes
          + (resumes == 1 ? " time" : " times")
          + ", as many as maxRetries allows)";
    }
    return context.retryPolicy().maxRetries() == 0
        ? " (not resumed: maxRetries is 0)"
        : "";
  }

  /** Cancels from any thread: stops a wait or a follow-up request, and cancels on the server. */
  void cancel() {
    cancelled = true;
    stopped.countDown();
    RetryingCall call = current;
    if (call != null) {
      call.cancel();
    }
    sendCancel();
  }

  private void identify(String responseId) {
    id = responseId;
    if (cancelled) {
      sendCancel();
    }
  }

  private byte[] poll(String responseId) {
    RetryingCall call =
        call(
            signal -> context.service().get(path(responseId), headers("application/json"), signal),
            -1);
    Response<ResponseBody> response = call.execute();
    try (ResponseBody body = response.body()) {
      return body.bytes();
    } catch (IOException e) {
      if (call.isCanceled()) {
        throw failures.cancelled();
      }
      if (call.deadlinePassed()) {
        throw call.deadlineFailure(" while polling background response " + responseId, e);
      }
      throw failures.failure(
          "could not read the poll of background response "
              + responseId
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage(),
          e);
    }
  }

  /** Waits {@code delay}, ending at once on cancel or at the deadline; {@code when} for messages. */
  private void pause(Duration delay, String when) {
    deadline.watch(stopped::countDown);
    boolean stop;
    try {
      stop = context.retryPolicy().sleeper().sleep(delay, stopped);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw failures.cancelled();
    }
    if (stop || cancelled || deadline.passed()) {
      RetryingCall call = current;
      if (deadline.passed() && !cancelled && call != null) {
        throw call.deadlineFailure(" " + when, null);
      }
      throw failures.cancelled();
    }
  }

  /** A follow-up call, with the client's retries ({@code retries} -1) or {@code retries}. */
  private RetryingCall call(Function<HeadersSignal, Call<ResponseBody>> http, int retries) {
    HeadersSignal signal = new HeadersSignal();
    RetryingCall call =
        new RetryingCall(
            http.apply(signal),
            failures,
            retries < 0 ? context.retryPolicy() : context.retryPolicy().withMaxRetries(retries),
            context.timeouts(),
            deadline,
            null,
            signal,
            events);
    current = call;
    if (cancelled) {
      call.cancel();
    }
    return call;
  }

  private void sendCancel() {
    StreamCursor streamed = cursor;
    String responseId = id != null ? id : streamed == null ? null : streamed.responseId();
    boolean over = ended || (streamed != null && streamed.ended());
    if (responseId == null || over || !cancelSent.compareAndSet(false, true)) {
      return;
    }
    Call<ResponseBody> cancel =
        context
            .service()
            .postEmpty(path(responseId) + "/cancel", headers("application/json"), new HeadersSignal());
    Runnable send = () -> sendQuietly(cancel, responseId);
    try {
      context.executor().execute(send);
    } catch (RejectedExecutionException closed) {
      // The client is closing; the response would otherwise run on, so cancel it from here.
      send.run();
    }
  }

  /**
   * Sends the cancel. Its outcome is only logged (at {@code DEBUG}, {@code
   * dev.promptfit.background}): the call has ended already, and a response that finished meanwhile
   * refuses the cancel, which is no failure.
   */
  private void sendQuietly(Call<ResponseBody> cancel, String responseId) {
    try {
      Response<ResponseBody> response = cancel.execute();
      int status = response.code();
      try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
        // Read nothing: closing releases the connection.
      }
      LOG.log(
          System.Logger.Level.DEBUG,
          () -> failures.message("cancel of background response " + responseId + ": HTTP " + status));
    } catch (IOException | RuntimeException e) {
      LOG.log(
          System.Logger.Level.DEBUG,
          () ->
              failures.message(
                  "cancel of background response " + responseId + " failed: " + e.getMessage()));
    }
  }

  private Map<String, String> headers(String accept) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Accept", accept);
    return all;
  }

  /** {@code responses/{id}}, the id encoded as one path segment. */
  private static String path(String responseId) {
    return "responses/" + URLEncoder.encode(responseId, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public String toString() {
    return "BackgroundResponse{" + (id != null ? id : "not yet named") + "}";
  }
}
