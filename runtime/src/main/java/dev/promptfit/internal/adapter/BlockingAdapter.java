package dev.promptfit.internal.adapter;

import dev.promptfit.internal.call.Invocation;
import dev.promptfit.internal.call.Turn;

/** Not API. A value returned by a blocking call, whose turn runs on the caller's thread. */
final class BlockingAdapter<T> implements ReturnAdapter<T> {
  private final Answer<T> answer;

  BlockingAdapter(Answer<T> answer) {
    this.answer = answer;
  }

  @Override
  public boolean streaming() {
    return false;
  }

  @Override
  public T adapt(Invocation invocation) {
    try (Turn turn = invocation.start(true)) {
      return answer.from(turn);
    }
  }
}
