package dev.promptfit.internal.adapter;

import dev.promptfit.StreamEvent;
import java.util.ArrayDeque;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The elements of a source of events, pulled lazily: each {@code tryAdvance} reads events
 * until the decoder completes an element. If the consumer throws, {@code release} runs before the
 * consumer's exception propagates unchanged: a caller who forgot try-with-resources must not leave
 * the call running and its connection held. For the same reason the stream it makes runs {@code
 * release} when a terminal operation returns ({@link ReleasingStream}) and when it becomes
 * unreachable before that ({@link Abandoned}).
 */
final class ElementSpliterator<E> extends Spliterators.AbstractSpliterator<E> {
  private final Supplier<@Nullable StreamEvent> events;
  private final ElementDecoder<E> decoder;
  private final Runnable release;
  private final ArrayDeque<E> ready = new ArrayDeque<>(4);

  private ElementSpliterator(
      Supplier<@Nullable StreamEvent> events, ElementDecoder<E> decoder, Runnable release) {
    super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
    this.events = events;
    this.decoder = decoder;
    this.release = release;
  }

  /**
   * A sequential ordered stream of the elements; closing it, a terminal operation, or its becoming
   * unreachable runs {@code release}. {@code release} must not refer to the stream.
   */
  static <E> Stream<E> stream(
      Supplier<@Nullable StreamEvent> events, ElementDecoder<E> decoder, Runnable release) {
    ElementSpliterator<E> elements = new ElementSpliterator<>(events, decoder, release);
    Runnable once = Abandoned.releaseWhenUnreachable(elements, release);
    return ReleasingStream.of(StreamSupport.stream(elements, false).onClose(once), once);
  }

  @Override
  public boolean tryAdvance(Consumer<? super E> action) {
    while (ready.isEmpty()) {
      StreamEvent event = events.get();
      if (event == null) {
        return false;
      }
      decoder.decode(event, ready);
    }
    E element = ready.poll();
    try {
      action.accept(element);
    } catch (RuntimeException | Error consumerFailure) {
      release.run();
      throw consumerFailure;
    }
    return true;
  }
}
