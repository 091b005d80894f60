package dev.promptfit.internal.call;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.Result;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.adapter.ReturnAdapters;
import dev.promptfit.internal.output.TypedOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The typed answer of one prompt method (API.md section 7), read once from its descriptor:
 * how the return type carries it, the schema sent, and the {@link TypedOutput} that reads it.
 * Immutable and shared by every call of the method.
 */
public final class TypedMethod {
  /** How a return type carries the typed answer. */
  public enum Shape {
    /** {@code T}: blocking. */
    VALUE(false),
    /** {@code Result<T>}: blocking, with the reply. */
    RESULT(false),
    /** {@code CompletableFuture<T>}. */
    FUTURE(false),
    /** {@code CompletableFuture<Result<T>>}. */
    FUTURE_RESULT(false),
    /** {@code Stream<E>}: the elements of a list, each as soon as it closes. */
    STREAM(true),
    /** {@code Flow.Publisher<E>}: likewise, with demand. */
    PUBLISHER(true);

    private final boolean elements;

    Shape(boolean elements) {
      this.elements = elements;
    }

    /** Whether the answer's list is delivered element by element. */
    public boolean elements() {
      return elements;
    }

    /** Whether the shape is a {@code Result}, alone or in a future. */
    public boolean result() {
      return this == RESULT || this == FUTURE_RESULT;
    }
  }

  private static final ObjectMapper SCHEMAS = new ObjectMapper();

  private final Shape shape;
  private final String schemaName;
  private final String schema;
  private final TypedOutput output;

  private TypedMethod(Shape shape, String schemaName, String schema, TypedOutput output) {
    this.shape = shape;
    this.schemaName = schemaName;
    this.schema = schema;
    this.output = output;
  }

  /**
   * The typed answer of {@code method}, or null for a method without a schema (a text method).
   *
   * @throws IllegalArgumentException if the return type is no typed shape the runtime can read; the
   *     message names the type, or the path to the part that cannot be read
   */
  public static @Nullable TypedMethod of(PromptMethod<?> method) {
    String schema = method.outputSchema();
    String name = method.outputSchemaName();
    if (schema == null || name == null || ReturnAdapters.isText(method.returnType())) {
      return null;
    }
    String display = method.displayName();
    Type returnType = method.returnType();
    Shape shape = Shape.VALUE;
    Type value = returnType;
    if (returnType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      Type raw = p.getRawType();
      Type argument = p.getActualTypeArguments()[0];
      if (raw == Result.class) {
        shape = Shape.RESULT;
        value = argument;
      } else if (raw == CompletableFuture.class) {
        boolean result = rawOf(argument) == Result.class;
        shape = result ? Shape.FUTURE_RESULT : Shape.FUTURE;
        value = result ? ((ParameterizedType) argument).getActualTypeArguments()[0] : argument;
      } else if (raw == Stream.class) {
        shape = Shape.STREAM;
        value = argument;
      } else if (raw == Flow.Publisher.class) {
        shape = Shape.PUBLISHER;
        value = argument;
      }
    }
    try {
      TypedOutput output =
          shape.elements()
              ? TypedOutput.ofElements(display, value)
              : TypedOutput.of(display, value, shape == Shape.VALUE && nullable(value, schema));
      return new TypedMethod(shape, name, schema, output);
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw new IllegalArgumentException(
          message.startsWith(display + ": ") ? message.substring(display.length() + 2) : message,
          e);
    }
  }

  /**
   * Whether the schema lets a blocking {@code T}'s wrapped value be null: the processor's schema
   * says so for a method declared {@code @Nullable}, which the descriptor's type cannot carry.
   * {@code Optional}s read null themselves; records and primitives are never null.
   */
  private static boolean nullable(Type value, String schema) {
    Class<?> raw = rawOf(value);
    if (raw == null
        || raw.isPrimitive()
        || raw.isRecord()
        || raw == Optional.class
        || raw == OptionalInt.class
        || raw == OptionalLong.class
        || raw == OptionalDouble.class) {
      return false;
    }
    JsonNode root;
    try {
      root = SCHEMAS.readTree(schema);
    } catch (IOException e) {
      throw new UncheckedIOException("the generated schema is not JSON: " + e.getMessage(), e);
    }
    JsonNode properties = root.path("properties");
    JsonNode wrapped =
        properties.has("items") ? properties.path("items") : properties.path("value");
    return allowsNull(wrapped);
  }

  private static boolean allowsNull(JsonNode schema) {
    JsonNode type = schema.path("type");
    if (type.isTextual() && type.asText().equals("null")) {
      return true;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (t.asText().equals("null")) {
          return true;
        }
      }
    }
    for (JsonNode option : schema.path("anyOf")) {
      if (allowsNull(option)) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Class<?> rawOf(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }

  /** How the return type carries the answer. */
  public Shape shape() {
    return shape;
  }

  /** The schema's name on the wire, {@code Extractor_invoice}. */
  String schemaName() {
    return schemaName;
  }

  /** The strict schema, compact JSON. */
  String schema() {
    return schema;
  }

  /** Reads the answer. */
  TypedOutput output() {
    return output;
  }

  @Override
  public String toString() {
    return "TypedMethod{" + schemaName + ", " + shape + "}";
  }
}
