package dev.promptfit.internal.adapter;

import dev.promptfit.StreamEvent;
import dev.promptfit.internal.call.TypedTurn;
import java.util.Queue;

/**
 * Not API. The elements of a typed list answer ({@code Stream<E>}, {@code Flow.Publisher<E>}). The
 * turn's {@link TypedTurn} parses each text delta as the turn reads it, so the elements a delta
 * closed are ready when the delta comes out; they are handed on before the turn reads any further.
 *
 * @param <E> the element
 */
final class TypedElements<E> implements ElementDecoder<E> {
  private final TypedTurn typed;

  TypedElements(TypedTurn typed) {
    this.typed = typed;
  }

  @Override
  public void decode(StreamEvent event, Queue<? super E> out) {
    typed.<E>drainTo(out);
  }
}
