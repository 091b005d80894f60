package dev.promptfit.internal.http;

import dev.promptfit.PromptfitException;
import dev.promptfit.ApiException;
import dev.promptfit.PromptfitTimeoutException;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.listen.CallEvents;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Not API. One logical call: runs attempts until response headers arrive with a 2xx status,
 * retrying by {@link RetryPolicy}, and maps every failure to a Promptfit exception. It never
 * retries once a body is handed out, so a delta that reached the caller is never sent twice.
 * {@link #cancel()} is safe from any thread and also ends a wait between attempts at once.
 *
 * <p>Time limits: OkHttp enforces the connect timeout. The headers timeout is a watchdog per
 * attempt that cancels the attempt, so it is retried like any failure before headers; it ends when
 * the headers arrive ({@link HeadersSignal}), so an error body that stalls is reported as its
 * status. The idle timeout becomes the body's read timeout once headers arrived. The whole-call
 * {@link CallDeadline} belongs to the turn, which may make several requests; it cancels whichever
 * attempt is current.
 *
 * <p>Interrupts: an interrupt of the calling thread, however OkHttp reports it, or one noticed
 * from outside through {@link #interrupt()}, ends the call at once with {@link
 * Failures#interrupted}, never a retry, and leaves the thread's interrupt flag set.
 */
public final class RetryingCall {
  private final Call<ResponseBody> first;
  private final Failures failures;
  private final RetryPolicy policy;
  private final Timeouts timeouts;
  private final CallDeadline deadline;
  private final @Nullable String notFoundHint;
  private final CallEvents events;
  private final HeadersSignal signal;

  /** Reaches zero on cancel or when the deadline passes: ends a wait between attempts. */
  private final CountDownLatch stopped = new CountDownLatch(1);

  private volatile boolean cancelled;
  private volatile boolean interrupted;
  private volatile Call<ResponseBody> current;
  /** The attempt started and not yet reported ended, or -1. */
  private int open = -1;

  /**
   * A logical call whose first attempt is {@code first}.
   *
   * @param failures makes every exception, named for the prompt method
   * @param deadline the turn's whole-call deadline
   * @param notFoundHint added to a 404's message, or null
   * @param signal the tag of {@code first}'s request, through which headers are signalled
   * @param events told of each attempt
   */
  public RetryingCall(
      Call<ResponseBody> first,
      Failures failures,
      RetryPolicy policy,
      Timeouts timeouts,
      CallDeadline deadline,
      @Nullable String notFoundHint,
      HeadersSignal signal,
      CallEvents events) {
    this.first = first;
    this.signal = signal;
    this.current = first;
    this.failures = failures;
    this.policy = policy;
    this.timeouts = timeouts;
    this.deadline = deadline;
    this.notFoundHint = notFoundHint;
    this.events = events;
  }

  /** Whether the caller cancelled the call (a passed deadline is not a cancellation). */
  public boolean isCanceled() {
    return cancelled;
  }

  /** Whether the whole-call deadline passed, which cancels the call. */
  public boolean deadlinePassed() {
    return deadline.passed();
  }

  /** The idle timeout in force while the body is read. */
  public Duration idleTimeout() {
    return timeouts.idle();
  }

  /** Cancels the running attempt, or the wait before the next one. */
  public void cancel() {
    cancelled = true;
    stopped.countDown();
    current.cancel();
  }

  /**
   * The thread reading this call was interrupted: cancels it, so that it ends as {@link
   * #interruption}. Safe from any thread.
   */
  public void interrupt() {
    interrupted = true;
    cancel();
  }

  /** Whether the call was ended by an interrupt of its thread. */
  public boolean isInterrupted() {
    return interrupted;
  }

  /**
   * The failure of an interrupted call, for the thread that was reading it: sets that thread's
   * interrupt flag again (OkHttp may have cleared it) and names the method.
   */
  public CancellationException interruption(@Nullable Throwable cause) {
    interrupted = true;
    Thread.currentThread().interrupt();
    return failures.interrupted(cause);
  }

  private void deadlineReached() {
    stopped.countDown();
    current.cancel();
  }

  /**
   * The first successful response, its body unread and its read timeout set to the idle timeout.
   * The caller must close it.
   */
  public Response<ResponseBody> execute() {
    deadline.start();
    deadline.watch(this::deadlineReached);
    Response<ResponseBody> response;
    try {
      response = attempts();
    } catch (RuntimeException | Error e) {
      attemptEnded(e instanceof ApiException api ? api.statusCode() : 0, e, false, Duration.ZERO);
      throw e;
    }
    // Headers are in: from now on only the gap between reads is bounded, never the stream's
    // length, so a long answer that keeps sending is never cut.
    response.body().source().timeout().timeout(timeouts.idle().toMillis(), TimeUnit.MILLISECONDS);
    return response;
  }

  private Response<ResponseBody> attempts() {
    Call<ResponseBody> call = first;
    for (int retries = 0; ; retries++) {
      current = call;
      if (Thread.currentThread().isInterrupted()) {
        interrupt();
      }
      if (stopped.getCount() == 0) {
        // cancel() or the deadline may have hit the previous attempt just before this one became
        // current; this attempt never starts.
        call.cancel();
        throw stoppedFailure(retries, null);
      }
      Call<ResponseBody> attempt = call;
      open = retries;
      events.attemptStarted(retries);
      HeadersWatch headersWatchdog =
          new HeadersWatch(watchdog(timeouts.headers(), attempt::cancel));
      signal.expect(headersWatchdog::exit);
      headersWatchdog.enter();
      Response<ResponseBody> response;
      try {
        response = attempt.execute();
      } catch (IOException e) {
        boolean headersTimedOut = headersWatchdog.exit();
        if (Interrupts.caused(e)) {
          interrupt();
          throw interruption(e);
        }
        if (stopped.getCount() == 0) {
          throw stoppedFailure(retries, e);
        }
        PromptfitException failure = failure(attempt.request().url(), e, retries, headersTimedOut);
        if (retries < policy.maxRetries() && isRetryable(e)) {
          await(policy.backoff(retries), retries, 0, failure);
          call = attempt.clone();
          continue;
        }
        throw failure;
      } catch (RuntimeException | Error e) {
        headersWatchdog.exit();
        throw e;
      } catch (Exception e) {
        // A checked exception that OkHttp's Kotlin code throws undeclared: an InterruptedException
        // while it waits for a connection, with the interrupt flag cleared.
        headersWatchdog.exit();
        if (Interrupts.caused(e)) {
          interrupt();
          throw interruption(e);
        }
        throw failures.failure(
            "could not reach "
                + attempt.request().url().redact()
                + ": "
                + e.getClass().getSimpleName()
                + ": "
                + e.getMessage(),
            e);
      }
      if (headersWatchdog.exit()) {
        // The watchdog fired as the headers arrived: the attempt is cancelled and its body
        // unreadable, so it counts as timed out.
        closeQuietly(response);
        if (stopped.getCount() == 0) {
          throw stoppedFailure(retries, null);
        }
        PromptfitException failure =
            failure(attempt.request().url(), new SocketTimeoutException("headers"), retries, true);
        if (retries < policy.maxRetries()) {
          await(policy.backoff(retries), retries, 0, failure);
          call = attempt.clone();
          continue;
        }
        throw failure;
      }
      if (response.isSuccessful()) {
        if (response.body() == null) {
          // Retrofit hands out 204 and 205 without a body: there is no reply to read.
          throw noContent(response, attempt.request());
        }
        attemptEnded(response.code(), null, false, Duration.ZERO);
        return response;
      }
      byte[] body = errorBytes(response);
      if (isRedirect(response)) {
        throw redirect(response, attempt.request().url());
      }
      Optional<Duration> retryAfter = policy.retryAfter(response.headers());
      boolean retry =
          retries < policy.maxRetries()
              && policy.isRetryable(response.code(), response.headers())
              && !(retryAfter.isPresent() && policy.exceedsCap(retryAfter.get()));
      if (!retry) {
        throw ApiErrors.create(
            failures,
            response.code(),
            body,
            response.headers().get("x-request-id"),
            retryAfter.orElse(null),
            attempt.request().method() + " " + attempt.request().url().encodedPath(),
            hint(response.code() == 404 ? notFoundHint : null, signal.errorBodyCut()));
      }
      int taken = retries;
      await(retryAfter.orElseGet(() -> policy.backoff(taken)), retries, response.code(), null);
      call = attempt.clone();
    }
  }

  /** Both hints, either, or null. */
  private static @Nullable String hint(@Nullable String first, @Nullable String second) {
    if (first == null || second == null) {
      return first == null ? second : first;
    }
    return first + "; " + second;
  }

  /**
   * A redirect, whose target a caller must know: the redirect statuses, and 300 with a {@code
   * Location} (which OkHttp would follow too). Other 3xx (304 Not Modified, say) are plain errors.
   */
  private static boolean isRedirect(Response<ResponseBody> response) {
    int code = response.code();
    return code == 301
        || code == 302
        || code == 303
        || code == 307
        || code == 308
        || (code == 300 && response.headers().get("Location") != null);
  }

  private PromptfitException noContent(Response<ResponseBody> response, okhttp3.Request request) {
    return failures.api(
        response.code(),
        "the server answered HTTP "
            + response.code()
            + " with no body, so there is no reply ("
            + request.method()
            + " "
            + request.url().encodedPath()
            + ")",
        null,
        null,
        response.headers().get("x-request-id"),
        null);
  }

  /** One attempt's headers watchdog, ended once: by the headers' arrival or the attempt's end. */
  private static final class HeadersWatch {
    private final AsyncTimeout watchdog;
    private boolean exited;
    private boolean timedOut;

    HeadersWatch(AsyncTimeout watchdog) {
      this.watchdog = watchdog;
    }

    void enter() {
      watchdog.enter();
    }

    /** Ends the watch; whether it had fired. Later calls return the same answer. */
    synchronized boolean exit() {
      if (!exited) {
        exited = true;
        timedOut = watchdog.exit();
      }
      return timedOut;
    }
  }

  private static AsyncTimeout watchdog(Duration limit, Runnable onTimeout) {
    AsyncTimeout watchdog =
        new AsyncTimeout() {
          @Override
          protected void timedOut() {
            onTimeout.run();
          }
        };
    watchdog.timeout(limit.toNanos(), TimeUnit.NANOSECONDS);
    return watchdog;
  }

  private static void closeQuietly(Response<ResponseBody> response) {
    ResponseBody body = response.body();
    if (body != null) {
      body.close();
    }
  }

  private static byte[] errorBytes(Response<ResponseBody> response) {
    try (ResponseBody errorBody = response.errorBody()) {
      return errorBody == null ? new byte[0] : errorBody.bytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  /** Waits before the next attempt; {@code status} and {@code failure} say why this one failed. */
  private void await(Duration delay, int retries, int status, @Nullable Throwable failure) {
    attemptEnded(status, failure, true, delay);
    try {
      if (policy.sleeper().sleep(delay, stopped)) {
        throw stoppedFailure(retries, null);
      }
    } catch (InterruptedException e) {
      interrupt();
      throw interruption(e);
    }
  }

  /** Tells the listeners how the open attempt ended, once. */
  private void attemptEnded(
      int status, @Nullable Throwable failure, boolean willRetry, Duration wait) {
    if (open >= 0) {
      int retry = open;
      open = -1;
      events.attemptEnded(retry, status, failure, willRetry, wait);
    }
  }

  private static boolean isRetryable(IOException e) {
    // A certificate problem will not fix itself; retrying it only delays the real error.
    return !(e instanceof SSLException);
  }

  /** The failure of a call stopped by {@link #cancel()} or by its deadline. */
  private RuntimeException stoppedFailure(int retries, @Nullable IOException cause) {
    if (interrupted) {
      return interruption(null);
    }
    if (deadline.passed() && !cancelled) {
      return deadlineFailure(attempts(retries), cause);
    }
    return cancellation();
  }

  private CancellationException cancellation() {
    return failures.cancelled();
  }

  /** A passed whole-call deadline; {@code when} says where the call was. */
  public PromptfitTimeoutException deadlineFailure(String when, @Nullable Throwable cause) {
    return deadlineFailure(when, "", cause);
  }

  /** A passed whole-call deadline, with the text delivered before it. */
  public PromptfitTimeoutException deadlineFailure(
      String when, String partialText, @Nullable Throwable cause) {
    return failures.timeout(
        "the call deadline of "
            + Timeouts.format(deadline.limit().orElse(Duration.ZERO))
            + " passed"
            + when
            + " (set by CallOptions.timeout(...) or Promptfit.builder().callTimeout(...))",
        partialText,
        cause);
  }

  private static String attempts(int retries) {
    return retries == 0 ? "" : " after " + (retries + 1) + " attempts";
  }

  private PromptfitException redirect(Response<ResponseBody> response, HttpUrl from) {
    String location = response.headers().get("Location");
    HttpUrl target = location == null ? null : from.resolve(location);
    String to =
        target == null
            ? "an unreadable Location"
            : target.scheme() + "://" + target.host() + ":" + target.port() + target.encodedPath();
    return failures.api(
        response.code(),
        "the server redirected (HTTP "
            + response.code()
            + ") to "
            + to
            + "; Promptfit does not follow redirects of API calls, so credentials never reach"
            + " another host: set Promptfit.builder().baseUrl(...) to the final URL",
        null,
        null,
        response.headers().get("x-request-id"),
        null);
  }

  private PromptfitException failure(
      HttpUrl url, IOException e, int retries, boolean headersTimedOut) {
    String host = url.host() + ":" + url.port();
    String where = url.scheme() + "://" + host + url.encodedPath();
    String attempts = attempts(retries);
    String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
    boolean connectTimeout =
        !headersTimedOut
            && e instanceof SocketTimeoutException
            && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("connect");
    if (connectTimeout) {
      return failures.timeout(
          "could not connect to "
              + host
              + " within the connect timeout"
              + attempts
              + " ("
              + cause
              + "); raise Promptfit.builder().connectTimeout(...)",
          "",
          e);
    }
    if (headersTimedOut || e instanceof SocketTimeoutException) {
      return failures.timeout(
          "no response headers from "
              + where
              + " within the headers timeout of "
              + Timeouts.format(timeouts.headers())
              + attempts
              + "; raise Promptfit.builder().headersTimeout(...)",
          "",
          e);
    }
    return failures.failure("could not reach " + where + attempts + ": " + cause, e);
  }
}
