package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.internal.call.TypedMethod;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Picks the adapter for a method's return type: a shape, combined with an {@link Answer}
 * or an {@link ElementDecoder}. A new kind of value (a record, tool events) is a new answer or
 * decoder here, not a new shape.
 *
 * <p>Text return types keep their text meaning whatever else the method declares. A typed answer
 * (API.md section 7) is a {@link TypedAnswer} for the one-value shapes and {@link TypedElements}
 * for {@code Stream<E>} and {@code Flow.Publisher<E>}.
 *
 * <p>This is Promptfit's own lookup rather than Retrofit's {@code CallAdapter.Factory}: a Retrofit
 * call adapter adapts one {@code Call}, while a return type here owns a turn that may take several
 * requests. Retrofit still makes every HTTP call.
 */
public final class ReturnAdapters {
  /** The return types, as the processor and error messages list them. */
  public static final String SUPPORTED =
      "String, Reply, Stream<String>, Flow.Publisher<String>, ReplyStream,"
          + " CompletableFuture<String>, CompletableFuture<Reply>, or a typed answer: T,"
          + " Result<T>, CompletableFuture<T>, CompletableFuture<Result<T>>, Stream<E>,"
          + " Flow.Publisher<E>, where T and E are records, enums, sealed interfaces of records,"
          + " numbers, booleans, date/time types, UUID, URI, or List, Set, arrays and Optional of"
          + " those or of String";

  private ReturnAdapters() {}

  /**
   * The adapter for {@code returnType}.
   *
   * @param typed the method's typed answer, or null if it has none (no schema was generated)
   * @throws IllegalArgumentException naming the supported types, for a type no adapter serves
   */
  public static ReturnAdapter<?> of(Type returnType, @Nullable TypedMethod typed) {
    ReturnAdapter<?> text = text(returnType);
    if (text != null) {
      return text;
    }
    if (typed != null) {
      return switch (typed.shape()) {
        case VALUE -> new BlockingAdapter<>(new TypedAnswer<>(false));
        case RESULT -> new BlockingAdapter<>(new TypedAnswer<>(true));
        case FUTURE -> new FutureAdapter<>(new TypedAnswer<>(false));
        case FUTURE_RESULT -> new FutureAdapter<>(new TypedAnswer<>(true));
        case STREAM -> new StreamAdapter<>(turn -> new TypedElements<>(turn.typed()));
        case PUBLISHER -> new PublisherAdapter<>(turn -> new TypedElements<>(turn.typed()));
      };
    }
    throw new IllegalArgumentException(
        "cannot return "
            + returnType.getTypeName()
            + "; supported: "
            + SUPPORTED
            + " (a typed answer needs the JSON schema the annotation processor writes, and this"
            + " method's descriptor has none: is promptfit-processor up to date?)");
  }

  /** Whether {@code returnType} is a text return type, which a schema never changes. */
  public static boolean isText(Type returnType) {
    return text(returnType) != null;
  }

  private static @Nullable ReturnAdapter<?> text(Type returnType) {
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
    return null;
  }
}
