package dev.promptfit.internal.adapter;

import dev.promptfit.internal.call.Invocation;
import dev.promptfit.internal.call.Turn;
import java.util.Objects;
import java.util.concurrent.Flow;
import java.util.function.Function;

/**
 * Not API. {@code Flow.Publisher<E>}: a cold publisher. Each subscriber gets its own turn, read on
 * the client's executor only while it has demand.
 */
final class PublisherAdapter<E> implements ReturnAdapter<Flow.Publisher<E>> {
  private final Function<Turn, ElementDecoder<E>> decoders;

  PublisherAdapter(Function<Turn, ElementDecoder<E>> decoders) {
    this.decoders = decoders;
  }

  @Override
  public boolean streaming() {
    return true;
  }

  @Override
  public Flow.Publisher<E> adapt(Invocation invocation) {
    return subscriber -> {
      Objects.requireNonNull(subscriber, "subscriber");
      Turn turn = invocation.start(false);
      ElementSubscription<E> subscription =
          new ElementSubscription<>(turn, decoders.apply(turn), subscriber, invocation.executor());
      // A subscriber that drops its subscription without cancelling it still lets go of the call.
      Abandoned.releaseWhenUnreachable(subscription, turn::close);
      subscriber.onSubscribe(subscription);
    };
  }
}
