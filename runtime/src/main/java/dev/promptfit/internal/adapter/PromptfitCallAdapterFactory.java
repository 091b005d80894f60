package dev.promptfit.internal.adapter;

import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import retrofit2.CallAdapter;
import retrofit2.Retrofit;

/**
 * Not API. Adapts calls to every return type Promptfit supports. Like Retrofit's own factories it
 * answers null for types that are not its business, and fails with the list of supported types
 * for a shape it owns but cannot serve (say {@code Stream<Integer>}).
 *
 * <p>New shapes, such as records decoded from structured output, are new adapters here; the
 * request side learns of them only through {@link PromptCallAdapter#streaming()}.
 */
public final class PromptfitCallAdapterFactory extends CallAdapter.Factory {
  /** The return types, as the processor and error messages list them. */
  public static final String SUPPORTED =
      "String, Reply, Stream<String>, Flow.Publisher<String>, ReplyStream,"
          + " CompletableFuture<String>, CompletableFuture<Reply>";

  private final CallContext context;

  /** Adapters sharing {@code context}: the retry policy, redactor and executor of one client. */
  public PromptfitCallAdapterFactory(CallContext context) {
    this.context = context;
  }

  @Override
  public @Nullable CallAdapter<?, ?> get(
      Type returnType, Annotation[] annotations, Retrofit retrofit) {
    if (returnType == String.class) {
      return new BlockingAdapter<>(context, Reply::text);
    }
    if (returnType == Reply.class) {
      return new BlockingAdapter<>(context, Function.identity());
    }
    if (returnType == ReplyStream.class) {
      return new ReplyStreamAdapter(context);
    }
    Class<?> raw = getRawType(returnType);
    if (raw != Stream.class && raw != Flow.Publisher.class && raw != CompletableFuture.class) {
      return null;
    }
    Type arg =
        returnType instanceof ParameterizedType p ? getParameterUpperBound(0, p) : Object.class;
    if (raw == Stream.class && arg == String.class) {
      return new StreamAdapter(context);
    }
    if (raw == Flow.Publisher.class && arg == String.class) {
      return new PublisherAdapter(context);
    }
    if (raw == CompletableFuture.class && arg == String.class) {
      return new FutureAdapter<>(context, Reply::text);
    }
    if (raw == CompletableFuture.class && arg == Reply.class) {
      return new FutureAdapter<>(context, Function.identity());
    }
    throw new IllegalArgumentException(
        "Promptfit cannot return " + returnType.getTypeName() + "; supported: " + SUPPORTED);
  }
}
