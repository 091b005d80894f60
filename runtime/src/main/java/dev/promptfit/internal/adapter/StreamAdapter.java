package dev.promptfit.internal.adapter;

import dev.promptfit.internal.call.Invocation;
import dev.promptfit.internal.call.Turn;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Not API. {@code Stream<E>}: elements pulled lazily on the consuming thread. The turn starts with
 * the terminal operation; closing the stream cancels it.
 */
final class StreamAdapter<E> implements ReturnAdapter<Stream<E>> {
  private final Function<Turn, ElementDecoder<E>> decoders;

  StreamAdapter(Function<Turn, ElementDecoder<E>> decoders) {
    this.decoders = decoders;
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public Stream<E> adapt(Invocation invocation) {
    Turn turn = invocation.start(false);
    return ElementSpliterator.stream(turn::next, decoders.apply(turn), turn::close);
  }
}
