package dev.promptfit.internal.http;

import dev.promptfit.PromptfitException;
import dev.promptfit.PromptfitTimeoutException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLException;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;

/**
 * Not API. One logical call: runs attempts until response headers arrive with a 2xx status,
 * retrying by {@link RetryPolicy}, and maps every failure to a Promptfit exception. It never
 * retries once a body is handed out, so a delta that reached the caller is never sent twice.
 * {@link #cancel()} is safe from any thread and also ends a wait between attempts at once.
 */
public final class RetryingCall {
  private final Call<ResponseBody> first;
  private final CallSpec spec;
  private final RetryPolicy policy;
  private final Redactor redactor;
  private final CountDownLatch cancelled = new CountDownLatch(1);
  private volatile Call<ResponseBody> current;

  public RetryingCall(Call<ResponseBody> first, RetryPolicy policy, Redactor redactor) {
    this.first = first;
    this.current = first;
    this.policy = policy;
    this.redactor = redactor;
    CallSpec tag = first.request().tag(CallSpec.class);
    if (tag == null) {
      throw new IllegalStateException("call has no CallSpec tag: " + first.request().url());
    }
    this.spec = tag;
  }

  public CallSpec spec() {
    return spec;
  }

  public boolean isCanceled() {
    return cancelled.getCount() == 0;
  }

  /** Cancels the running attempt, or the wait before the next one. */
  public void cancel() {
    cancelled.countDown();
    current.cancel();
  }

  /** The first successful response, its body unread. The caller must close it. */
  public Response<ResponseBody> execute() {
    Call<ResponseBody> call = first;
    for (int retries = 0; ; retries++) {
      current = call;
      if (isCanceled()) {
        call.cancel();
        throw cancellation();
      }
      Response<ResponseBody> response;
      try {
        response = call.execute();
      } catch (IOException e) {
        if (isCanceled()) {
          throw cancellation();
        }
        if (retries < policy.maxRetries() && isRetryable(e)) {
          await(policy.backoff(retries));
          call = call.clone();
          continue;
        }
        throw failure(call.request().url(), e, retries);
      }
      if (response.isSuccessful()) {
        return response;
      }
      byte[] body = errorBytes(response);
      Optional<Duration> retryAfter = policy.retryAfter(response.headers());
      boolean retry =
          retries < policy.maxRetries()
              && policy.isRetryable(response.code(), response.headers())
              && !(retryAfter.isPresent() && policy.exceedsCap(retryAfter.get()));
      if (!retry) {
        throw ApiErrors.create(
            spec,
            response.code(),
            body,
            response.headers().get("x-request-id"),
            retryAfter.orElse(null),
            call.request().url().encodedPath(),
            redactor);
      }
      int taken = retries;
      await(retryAfter.orElseGet(() -> policy.backoff(taken)));
      call = call.clone();
    }
  }

  private static byte[] errorBytes(Response<ResponseBody> response) {
    try (ResponseBody errorBody = response.errorBody()) {
      return errorBody == null ? new byte[0] : errorBody.bytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private void await(Duration delay) {
    try {
      if (policy.sleeper().sleep(delay, cancelled)) {
        throw cancellation();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      cancel();
      throw cancellation();
    }
  }

  private static boolean isRetryable(IOException e) {
    // A certificate problem will not fix itself; retrying it only delays the real error.
    return !(e instanceof SSLException);
  }

  private CancellationException cancellation() {
    return new CancellationException(spec.method() + " was cancelled");
  }

  private PromptfitException failure(HttpUrl url, IOException e, int retries) {
    String where = url.scheme() + "://" + url.host() + ":" + url.port() + url.encodedPath();
    String attempts = retries == 0 ? "" : " after " + (retries + 1) + " attempts";
    String cause = redactor.redact(String.valueOf(e.getMessage()));
    if (e instanceof SocketTimeoutException) {
      return new PromptfitTimeoutException(
          spec.method()
              + ": timed out waiting for "
              + where
              + attempts
              + " ("
              + cause
              + "); the connect timeout and Promptfit.builder().timeout(...) bound each wait",
          e);
    }
    if (e instanceof InterruptedIOException) {
      return new PromptfitTimeoutException(
          spec.method() + ": the call deadline (CallOptions.timeout) passed" + attempts, e);
    }
    return new PromptfitException(
        spec.method() + ": could not reach " + where + attempts + ": " + e.getClass().getSimpleName()
            + ": " + cause,
        e);
  }
}
