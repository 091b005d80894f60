package dev.promptfit.internal.adapter;

import dev.promptfit.StreamEvent;
import java.util.Queue;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What an element return type ({@code Stream<E>}, {@code Flow.Publisher<E>}) makes of a
 * turn's events: each event completes zero or more elements. A decoder is made per turn, so it may
 * keep state (a typed element parser does).
 *
 * @param <E> the element
 */
@FunctionalInterface
public interface ElementDecoder<E> {

  /** Adds the elements {@code event} completes to {@code out}, in order. Sees every event. */
  void decode(StreamEvent event, Queue<? super E> out);

  /** Text deltas as elements: the answer's text, or the refusal when the model refused. */
  static ElementDecoder<String> text() {
    return (event, out) -> {
      String text = answerText(event);
      if (text != null) {
        out.add(text);
      }
    };
  }

  /**
   * The text an event adds to the answer the user reads: text deltas, and refusal deltas, since a
   * refusal is the whole answer when the model gives one (so a refused stream is never silently
   * empty, and it matches {@code Reply.text()} of the same call). Null for other events.
   */
  static @Nullable String answerText(StreamEvent event) {
    if (event instanceof StreamEvent.TextDelta delta) {
      return delta.text();
    }
    if (event instanceof StreamEvent.RefusalDelta refusal) {
      return refusal.text();
    }
    return null;
  }
}
