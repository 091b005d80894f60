package dev.promptfit.processor.model;

import java.util.Arrays;
import java.util.List;

/**
 * How a typed answer (API.md section 7) reaches the caller. The first four carry one value of the
 * answer's type {@code T}; the last two deliver the elements {@code E} of a list the model writes,
 * each as soon as it is complete.
 */
public enum TypedShape {
  /** {@code T}: blocking. */
  VALUE("T", false),
  /** {@code Result<T>}: blocking, with the reply. */
  RESULT("Result<T>", false),
  /** {@code CompletableFuture<T>}. */
  FUTURE("CompletableFuture<T>", false),
  /** {@code CompletableFuture<Result<T>>}. */
  FUTURE_RESULT("CompletableFuture<Result<T>>", false),
  /** {@code Stream<E>}. */
  STREAM("Stream<E>", true),
  /** {@code Flow.Publisher<E>}. */
  PUBLISHER("Flow.Publisher<E>", true);

  private final String display;
  private final boolean elements;

  TypedShape(String display, boolean elements) {
    this.display = display;
    this.elements = elements;
  }

  /** How users write it, e.g. {@code CompletableFuture<Result<T>>}. */
  public String display() {
    return display;
  }

  /** Whether the type argument is the element of a list rather than the whole answer. */
  public boolean elements() {
    return elements;
  }

  /** All display names, in the order messages list them. */
  public static List<String> displays() {
    return Arrays.stream(values()).map(TypedShape::display).toList();
  }
}
