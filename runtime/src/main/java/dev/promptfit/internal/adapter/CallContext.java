package dev.promptfit.internal.adapter;

import dev.promptfit.internal.http.Redactor;
import dev.promptfit.internal.http.RetryPolicy;
import dev.promptfit.internal.http.RetryingCall;
import dev.promptfit.internal.http.Timeouts;
import java.util.concurrent.Executor;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Not API. What every adapter shares within one {@code Promptfit} client.
 *
 * @param retryPolicy how failed attempts are retried
 * @param redactor keeps the key out of messages
 * @param executor runs asynchronous return types; unbounded, so no per-host cap applies
 * @param timeouts the headers, idle and whole-call limits
 */
public record CallContext(
    RetryPolicy retryPolicy, Redactor redactor, Executor executor, Timeouts timeouts) {

  /**
   * The events of one call, which starts when the first event is asked for. They gather no text
   * unless asked to ({@link ReplyEvents#keepingText()}, {@link ReplyEvents#drain()}), so deltas-only
   * return types stream in bounded memory.
   */
  ReplyEvents events(Call<ResponseBody> call) {
    return new ReplyEvents(new RetryingCall(call, retryPolicy, redactor, timeouts));
  }
}
