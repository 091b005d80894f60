package dev.promptfit.internal.adapter;

import dev.promptfit.internal.call.Invocation;
import dev.promptfit.internal.call.Turn;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * Not API. {@code CompletableFuture<T>}: the turn runs on the client's executor, which has no
 * per-host cap; cancelling the future cancels the turn.
 */
final class FutureAdapter<T> implements ReturnAdapter<CompletableFuture<T>> {
  private final Answer<T> answer;

  FutureAdapter(Answer<T> answer) {
    this.answer = answer;
  }

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public CompletableFuture<T> adapt(Invocation invocation) {
    Turn turn = invocation.start(true);
    TurnFuture<T> future = new TurnFuture<>(turn);
    try {
      invocation
          .executor()
          .execute(
              () -> {
                try (turn) {
                  future.complete(answer.from(turn));
                } catch (Throwable t) {
                  future.completeExceptionally(t);
                }
              });
    } catch (RejectedExecutionException e) {
      future.completeExceptionally(invocation.failures().clientClosed(e));
    }
    return future;
  }

  /** Cancelling the future cancels the turn behind it. */
  private static final class TurnFuture<T> extends CompletableFuture<T> {
    private final Turn turn;

    TurnFuture(Turn turn) {
      this.turn = turn;
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
      boolean cancelled = super.cancel(mayInterruptIfRunning);
      if (cancelled) {
        turn.cancel();
      }
      return cancelled;
    }
  }
}
