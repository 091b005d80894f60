package dev.promptfit.processor.model;

import dev.promptfit.processor.RuntimeNames;
import dev.promptfit.processor.schema.SchemaGenerator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Reads a method's return type into a {@link ReturnModel}: a text return type first, exactly as
 * {@link ReturnKind} lists them; else a typed shape ({@code Result<T>}, {@code
 * CompletableFuture<T>}, {@code CompletableFuture<Result<T>>}, {@code Stream<E>}, {@code
 * Flow.Publisher<E>}, or {@code T} itself) with its schema. The runtime's own types, {@code
 * String} where it would mean text, and the shapes themselves are never the answer's type: {@code
 * Result<String>}, {@code Stream<Reply>} and {@code CompletableFuture<Stream<X>>} are unsupported.
 */
final class ReturnReader {
  private static final String FUTURE = "java.util.concurrent.CompletableFuture";
  private static final String STREAM = "java.util.stream.Stream";
  private static final String PUBLISHER = "java.util.concurrent.Flow.Publisher";

  /** Types that are never an answer's {@code T} or {@code E}. */
  private static final Set<String> NOT_ANSWERS =
      Set.of(
          "java.lang.String", RuntimeNames.REPLY, RuntimeNames.REPLY_STREAM, RuntimeNames.RESULT,
          FUTURE, STREAM, PUBLISHER);

  private final Types types;
  private final SchemaGenerator schemas;

  ReturnReader(Types types, SchemaGenerator schemas) {
    this.types = types;
    this.schemas = schemas;
  }

  /** The model of {@code method}'s return type, {@code resolved} in the implemented interface. */
  ReturnModel read(ExecutableElement method, TypeMirror resolved) {
    Optional<ReturnKind> text = ReturnKind.of(resolved);
    if (text.isPresent()) {
      return new ReturnModel.Text(text.get());
    }
    // The declared type keeps type-use annotations (List<@Nullable String>) that javac may drop
    // from a type resolved as a member; it is the same type unless a type variable was resolved.
    TypeMirror type =
        types.isSameType(method.getReturnType(), resolved) ? method.getReturnType() : resolved;
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind().isPrimitive() || type.getKind() == TypeKind.ARRAY
          ? typed(TypedShape.VALUE, type, method)
          : new ReturnModel.Unsupported();
    }
    DeclaredType declared = (DeclaredType) type;
    String name = qualifiedName(declared);
    if (name.equals(FUTURE)) {
      return argument(declared)
          .map(
              arg ->
                  ReturnKind.isClass(arg, RuntimeNames.RESULT)
                      ? argument((DeclaredType) arg)
                          .map(inner -> typed(TypedShape.FUTURE_RESULT, inner, method))
                          .orElseGet(ReturnModel.Unsupported::new)
                      : typed(TypedShape.FUTURE, arg, method))
          .orElseGet(ReturnModel.Unsupported::new);
    }
    TypedShape shape =
        switch (name) {
          case RuntimeNames.RESULT -> TypedShape.RESULT;
          case STREAM -> TypedShape.STREAM;
          case PUBLISHER -> TypedShape.PUBLISHER;
          default -> TypedShape.VALUE;
        };
    if (shape == TypedShape.VALUE) {
      return typed(shape, type, method);
    }
    return argument(declared)
        .map(arg -> typed(shape, arg, method))
        .orElseGet(ReturnModel.Unsupported::new);
  }

  private ReturnModel typed(TypedShape shape, TypeMirror type, ExecutableElement method) {
    if (type.getKind() == TypeKind.DECLARED
        && NOT_ANSWERS.contains(qualifiedName((DeclaredType) type))) {
      return new ReturnModel.Unsupported();
    }
    // A declaration @Nullable on the method makes a blocking answer nullable; a type-use one on
    // T is read with T.
    boolean nullable = shape == TypedShape.VALUE && SchemaGenerator.nullable(method);
    return new ReturnModel.Typed(shape, type, schemas.answer(type, nullable, shape.elements()));
  }

  /** The one type argument, if there is exactly one and it is not a wildcard. */
  private static Optional<TypeMirror> argument(DeclaredType type) {
    List<? extends TypeMirror> args = type.getTypeArguments();
    return args.size() == 1 && args.get(0).getKind() != TypeKind.WILDCARD
        ? Optional.of(args.get(0))
        : Optional.empty();
  }

  private static String qualifiedName(DeclaredType type) {
    return ((TypeElement) type.asElement()).getQualifiedName().toString();
  }
}
