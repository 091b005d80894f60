package dev.promptfit.internal.adapter;

import dev.promptfit.internal.call.Invocation;
import dev.promptfit.internal.call.Turn;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

/**
 * Not API. {@code CompletableFuture<T>}: the turn runs on the client's executor, which has no
 * per-host cap. Any completion of the future other than by the turn itself ({@code cancel}, {@code
 * orTimeout}, {@code completeOnTimeout}, {@code complete}, {@code completeExceptionally}, {@code
 * obtrudeValue}) cancels the turn, so no answer nobody waits for is still generated and billed.
 * (A dependent stage completed that way, {@code future.thenApply(f).orTimeout(...)}, does not
 * reach back to this future; the caller must time out the future itself.)
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
    CompletableFuture<T> future = new CompletableFuture<>();
    // Every way of completing a CompletableFuture runs its dependents; once the turn itself has
    // completed it, cancelling the finished turn does nothing.
    future.whenComplete((value, failure) -> turn.cancel());
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
}
