package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import dev.promptfit.internal.call.Turn;

/**
 * Not API. What a one-value return type ({@code String}, {@code Reply}, a future of either) makes
 * of a whole turn. It reads the turn itself, so an answer that must ask again (a typed answer that
 * did not parse) can continue it.
 *
 * @param <T> the value
 */
@FunctionalInterface
public interface Answer<T> {
  /** The text of the final reply. */
  Answer<String> TEXT = turn -> turn.drain().text();

  /** The final reply. */
  Answer<Reply> REPLY = Turn::drain;

  /** Reads {@code turn}, which keeps its text, to the end and returns the value. */
  T from(Turn turn);
}
