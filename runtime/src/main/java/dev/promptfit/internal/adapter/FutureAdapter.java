package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Not API. {@code CompletableFuture<String|Reply>}: the call runs on the client's executor, which
 * has no per-host cap; cancelling the future cancels the HTTP call.
 */
final class FutureAdapter<T> extends PromptCallAdapter<CompletableFuture<T>> {
  private final Function<Reply, T> result;

  FutureAdapter(CallContext context, Function<Reply, T> result) {
    super(context);
    this.result = result;
  }

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public CompletableFuture<T> adapt(Call<ResponseBody> call) {
    ReplyEvents events = context.events(call);
    CallCancelFuture<T> future = new CallCancelFuture<>(events);
    try {
      context
          .executor()
          .execute(
              () -> {
                try (events) {
                  future.complete(result.apply(events.drain()));
                } catch (Throwable t) {
                  future.completeExceptionally(t);
                }
              });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(
          new IllegalStateException("the Promptfit client is closed", e));
    }
    return future;
  }

  /** Cancelling the future cancels the call behind it. */
  private static final class CallCancelFuture<T> extends CompletableFuture<T> {
    private final ReplyEvents events;

    CallCancelFuture(ReplyEvents events) {
      this.events = events;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        events.cancel();
      }
      return cancelled;
    }
  }
}
