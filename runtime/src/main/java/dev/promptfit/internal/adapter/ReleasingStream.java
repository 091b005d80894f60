package dev.promptfit.internal.adapter;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.stream.BaseStream;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A stream whose terminal operations release its call as they return. A Java stream
 * tells its source nothing when a short-circuiting operation ({@code findFirst()}, {@code
 * anyMatch()}, {@code limit(n)}...) has what it needs, so a caller who forgot try-with-resources
 * would hold the call and its connection until the stream is garbage. Every stream of the pipeline
 * (primitive ones too) is this view of the JDK's, through a dynamic proxy as Retrofit makes its
 * services: a method that returns a stream returns it wrapped, and any other method but {@code
 * iterator()}, {@code spliterator()} (which hand the stream on to be read later), {@code
 * isParallel()} and {@code close()} is terminal.
 */
final class ReleasingStream implements InvocationHandler {
  private static final Set<String> NOT_TERMINAL =
      Set.of("iterator", "spliterator", "isParallel", "close");

  private final BaseStream<?, ?> delegate;
  private final Runnable release;

  private ReleasingStream(BaseStream<?, ?> delegate, Runnable release) {
    this.delegate = delegate;
    this.release = release;
  }

  /** {@code stream}, whose terminal operations run {@code release} when they return or fail. */
  @SuppressWarnings("unchecked") // A proxy of Stream over a Stream<E> is a Stream<E>.
  static <E> Stream<E> of(Stream<E> stream, Runnable release) {
    return (Stream<E>) wrap(stream, release);
  }

  private static Object wrap(BaseStream<?, ?> stream, Runnable release) {
    Class<?> type =
        stream instanceof IntStream
            ? IntStream.class
            : stream instanceof LongStream
                ? LongStream.class
                : stream instanceof DoubleStream ? DoubleStream.class : Stream.class;
    return Proxy.newProxyInstance(
        ReleasingStream.class.getClassLoader(),
        new Class<?>[] {type},
        new ReleasingStream(stream, release));
  }

  @Override
  public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args)
      throws Throwable {
    if (method.getDeclaringClass() == Object.class) {
      return switch (method.getName()) {
        case "equals" -> proxy == args[0];
        case "hashCode" -> System.identityHashCode(proxy);
        default -> "ReleasingStream{" + delegate + "}";
      };
    }
    boolean terminal = !NOT_TERMINAL.contains(method.getName());
    Object result;
    try {
      result = method.invoke(delegate, args);
    } catch (InvocationTargetException e) {
      if (terminal) {
        release.run();
      }
      throw e.getCause();
    }
    if (result instanceof BaseStream<?, ?> next) {
      return wrap(next, release);
    }
    if (terminal) {
      release.run();
    }
    return result;
  }
}
