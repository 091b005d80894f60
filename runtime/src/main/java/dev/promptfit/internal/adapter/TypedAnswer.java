package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import dev.promptfit.Result;
import dev.promptfit.internal.call.Turn;

/**
 * Not API. A typed one-value answer ({@code T}, {@code Result<T>} and their futures): the turn
 * reads the final response, and repairs it through further requests, before it completes; this
 * takes the value it read, with the reply for a {@code Result}.
 *
 * @param <T> the value, or {@code Result} of it
 */
final class TypedAnswer<T> implements Answer<T> {
  private final boolean result;

  TypedAnswer(boolean result) {
    this.result = result;
  }

  @Override
  @SuppressWarnings("unchecked") // The turn read a value of the method's type.
  public T from(Turn turn) {
    Reply reply = turn.drain();
    Object value = turn.typed().value();
    return (T) (result ? new Result<>(value, reply) : value);
  }
}
