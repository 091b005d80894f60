package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * Not API. Picks the adapter for a method's return type: a shape, combined with an {@link Answer}
 * or an {@link ElementDecoder}. A new kind of value (a record, tool events) is a new answer or
 * decoder here, not a new shape.
 *
 * <p>This is Promptfit's own lookup rather than Retrofit's {@code CallAdapter.Factory}: a Retrofit
 * call adapter adapts one {@code Call}, while a return type here owns a turn that may take several
 * requests. Retrofit still makes every HTTP call.
 */
public final class ReturnAdapters {
  /** The return types, as the processor and error messages list them. */
  public static final String SUPPORTED =
      "String, Reply, Stream<String>, Flow.Publisher<String>, ReplyStream,"
          + " CompletableFuture<String>, CompletableFuture<Reply>";

  private ReturnAdapters() {}

  /**
   * The adapter for {@code returnType}.
   *
   * @throws IllegalArgumentException naming the supported types, for a type no adapter serves
   */
  public static ReturnAdapter<?> of(Type returnType) {
    if (returnType == String.class) {
      return new BlockingAdapter<>(Answer.TEXT);
    }
    if (returnType == Reply.class) {
      return new BlockingAdapter<>(Answer.REPLY);
    }
    if (returnType == ReplyStream.class) {
      return new ReplyStreamAdapter();
    }
    if (returnType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      Type raw = p.getRawType();
      Type arg = p.getActualTypeArguments()[0];
      if (raw == Stream.class && arg == String.class) {
        return new StreamAdapter<>(turn -> ElementDecoder.text());
      }
      if (raw == Flow.Publisher.class && arg == String.class) {
        return new PublisherAdapter<>(turn -> ElementDecoder.text());
      }
      if (raw == CompletableFuture.class && arg == String.class) {
        return new FutureAdapter<>(Answer.TEXT);
      }
      if (raw == CompletableFuture.class && arg == Reply.class) {
        return new FutureAdapter<>(Answer.REPLY);
      }
    }
    throw new IllegalArgumentException(
        "cannot return " + returnType.getTypeName() + "; supported: " + SUPPORTED);
  }
}
