package dev.promptfit.internal.output;

import dev.promptfit.OutputParseException;
import dev.promptfit.RefusalException;
import dev.promptfit.internal.Types;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The typed answer of one prompt method: how its value sits in the answer's JSON and how
 * to read it, built once per method and shared by its calls.
 *
 * <p>The JSON is the processor's schema: a record is the answer's root object; a {@code List},
 * {@code Set} or array is wrapped as {@code {"items": [...]}}; anything else (enum, scalar, sealed
 * interface, {@code Optional}) as {@code {"value": ...}}.
 *
 * <pre><code>
 * TypedOutput invoice = TypedOutput.of("Extractor.invoice", Invoice.class);
 * Invoice value =
 *     (Invoice) invoice.read(reply.text(), reply.finishReason(), OutputMode.STRICT, redact);
 *
 * TypedOutput people = TypedOutput.ofElements("Extractor.peopleAsTheyCome", Person.class);
 * ElementParser parser = people.elements(OutputMode.STRICT, redact, subscriber::onNext);
 * deltas.forEach(parser::feed);
 * parser.finish(finishReason);
 * </code></pre>
 */
public final class TypedOutput {
  /** How the value sits in the answer's root object. */
  enum Wrapper {
    /** The root object is the value: a record. */
    NONE,
    /** {@code {"value": ...}}. */
    VALUE,
    /** {@code {"items": [...]}}. */
    ITEMS
  }

  private final String displayName;
  private final Type type;
  private final Wrapper wrapper;
  private final boolean nullable;
  private final ValueReader reader;
  private final String root;

  private TypedOutput(String displayName, Type type, boolean nullable) {
    this.displayName = displayName;
    this.type = type;
    this.wrapper = wrapperOf(type);
    if (nullable && wrapper == Wrapper.NONE) {
      throw new IllegalArgumentException(
          displayName
              + ": a record answer cannot be null, since its object is the answer itself; use"
              + " Optional<"
              + TypeNames.of(type)
              + ">");
    }
    this.nullable = nullable;
    ValueReader whole = Readers.of(type, displayName + ": " + TypeNames.of(type));
    this.reader = nullable && wrapper == Wrapper.VALUE ? new NullableReader(whole) : whole;
    this.root =
        wrapper == Wrapper.ITEMS
            ? ((CollectionReader) reader).element().typeName()
            : reader.typeName();
  }

  /**
   * The typed answer of a method whose value has type {@code type} (for {@code Result<T>} and
   * {@code CompletableFuture<T>}, {@code T}).
   *
   * @param displayName the method as messages name it, {@code Extractor.invoice}
   * @param nullable whether the method's declaration is {@code @Nullable} (a blocking {@code T}
   *     only, as the processor's schema says): then {@code {"value": null}} or {@code {"items":
   *     null}} is a null answer; a record answer cannot be nullable
   * @throws IllegalArgumentException if the type, or one it contains, cannot be read from JSON; the
   *     message names the path to it
   */
  public static TypedOutput of(String displayName, Type type, boolean nullable) {
    return new TypedOutput(displayName, type, nullable);
  }

  /** {@link #of(String, Type, boolean)} of an answer that is not nullable. */
  public static TypedOutput of(String displayName, Type type) {
    return new TypedOutput(displayName, type, false);
  }

  /** The typed answer of a method returning {@code Stream<E>} or {@code Flow.Publisher<E>}. */
  public static TypedOutput ofElements(String displayName, Type elementType) {
    return new TypedOutput(displayName, Types.parameterized(List.class, elementType), false);
  }

  public String displayName() {
    return displayName;
  }

  /** The value's type. */
  public Type type() {
    return type;
  }

  /** True if the value is a list, wrapped as {@code {"items": [...]}}; elements can stream. */
  public boolean isList() {
    return wrapper == Wrapper.ITEMS;
  }

  /**
   * The value of a whole answer.
   *
   * @param text the answer's text
   * @param finishReason the reply's finish reason, or null or empty where none was given; {@code
   *     length} or {@code max_output_tokens} makes the message of an incomplete answer say that the
   *     output token limit cut it
   * @param redact the client's redactor, applied to everything a failure holds
   * @return the value; null only for a nullable answer
   * @throws OutputParseException if the text is not the JSON of the value
   */
  public @Nullable Object read(
      String text, @Nullable String finishReason, OutputMode mode, UnaryOperator<String> redact) {
    AnswerParser parser =
        new AnswerParser(
            this, mode, new OutputFailures(displayName, redact), AnswerText.whole(), null);
    parser.feed(text);
    return parser.finish(finishReason);
  }

  /**
   * A parser of a streamed answer that hands each element of the list to {@code sink} as soon as
   * its JSON closes.
   *
   * @throws IllegalStateException if the value is not a list
   */
  public ElementParser elements(
      OutputMode mode, UnaryOperator<String> redact, Consumer<Object> sink) {
    if (wrapper != Wrapper.ITEMS) {
      throw new IllegalStateException(displayName + ": " + TypeNames.of(type) + " is not a list");
    }
    return new ElementParser(
        new AnswerParser(
            this, mode, new OutputFailures(displayName, redact), AnswerText.tail(), sink));
  }

  /** The failure of a typed call the model refused. */
  public RefusalException refusal(String refusal, UnaryOperator<String> redact) {
    return new OutputFailures(displayName, redact).refusal(refusal);
  }

  Wrapper wrapper() {
    return wrapper;
  }

  /** True if the whole answer may be null. */
  boolean nullable() {
    return nullable;
  }

  /** The reader of the whole value; for a list, a {@link CollectionReader}. */
  ValueReader reader() {
    return reader;
  }

  /** The first word of every path in messages (see {@link ValuePath}). */
  String root() {
    return root;
  }

  /** What the answer must be, for messages: {@code a JSON object {"items": [Person, …]}}. */
  String expected() {
    switch (wrapper) {
      case NONE:
        return "a JSON object for " + root;
      case VALUE:
        return "a JSON object {\"value\": " + root + "}";
      default:
        return "a JSON object {\"items\": [" + root + ", …]}";
    }
  }

  private static Wrapper wrapperOf(Type type) {
    Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
    if (raw == List.class || raw == Set.class || type instanceof GenericArrayType) {
      return Wrapper.ITEMS;
    }
    if (raw instanceof Class<?> c && c.isArray()) {
      return Wrapper.ITEMS;
    }
    return raw instanceof Class<?> c && c.isRecord() ? Wrapper.NONE : Wrapper.VALUE;
  }
}
