package dev.promptfit.processor.schema;

import java.util.List;

/**
 * One reason a type cannot be described by a strict JSON schema, found at one place in the type
 * graph. The wording is the validator's ({@code Messages}); this carries the facts.
 *
 * @param kind what is wrong
 * @param path where, as source names: {@code Invoice.lines[].unitPrice}, {@code
 *     Drawing.shapes[](Circle).radius}; the walk's root name alone where the root type itself is
 *     the problem
 * @param atRoot whether the problem is the root type itself rather than something inside it
 * @param names what the message names, in the order {@link Kind} documents for each kind
 */
public record SchemaProblem(Kind kind, String path, boolean atRoot, List<String> names) {

  /** Copies the names, so the problem is immutable. */
  public SchemaProblem {
    names = List.copyOf(names);
  }

  /** The {@code i}th name, as {@link Kind} documents it. */
  public String name(int i) {
    return names.get(i);
  }

  /** What is wrong. Each constant says what its {@link #names()} hold. */
  public enum Kind {
    /** {@code Object}, or a type with no fixed shape (an intersection). Names: the type. */
    OBJECT,
    /** A {@code Map}. Names: the type. */
    MAP,
    /** A class that is not a record. Names: the type. */
    CLASS,
    /** An interface that is not sealed. Names: the type. */
    INTERFACE,
    /** A collection other than {@code List} and {@code Set}. Names: the type, its element. */
    COLLECTION,
    /** A generic type without type arguments. Names: the type. */
    RAW,
    /** A wildcard type argument. Names: the wildcard, the type it bounds or {@code Object}. */
    WILDCARD,
    /** A type variable. Names: the variable. */
    TYPE_VARIABLE,
    /** {@code char}, {@code Character} or {@code char[]}. Names: the type. */
    CHAR,
    /** {@code byte[]}. Names: the type. */
    BINARY,
    /** A date or time type other than the five supported ones. Names: the type. */
    DATE_TIME,
    /** {@code java.net.URL}. Names: the type. */
    URL,
    /** {@code Optional<Optional<X>>}. Names: the type. */
    NESTED_OPTIONAL,
    /** An enum without constants. Names: the enum. */
    EMPTY_ENUM,
    /**
     * A sealed interface with a permitted subtype that is not a record. Names: the interface, the
     * subtype.
     */
    SEALED_SUBTYPE,
    /** A sealed interface with type parameters. Names: the interface. */
    GENERIC_SEALED,
    /**
     * Two components of one record with one JSON name. Names: the record, the JSON name, the
     * first component, the second.
     */
    DUPLICATE_PROPERTY,
    /**
     * A permitted record with a property named like the discriminator. Names: the record, the
     * sealed interface, the discriminator property.
     */
    DISCRIMINATOR_CLASH,
    /**
     * Two permitted records with one discriminator value. Names: the sealed interface, the
     * value, the first record, the second.
     */
    DUPLICATE_DISCRIMINATOR,
    /**
     * A Jackson annotation that changes the JSON form in a way the schema does not follow. Names:
     * the annotation's simple name, what carries it ({@code enum Status}, {@code component
     * extra}).
     */
    JACKSON_SHAPE,
    /**
     * A record that contains itself through required, non-null components only, so no finite
     * answer fits. Names: the record, the component that closes the cycle.
     */
    ENDLESS,
    /**
     * A generic record that contains itself with other type arguments, so each level is a new
     * type. Names: the record, the type met again.
     */
    UNBOUNDED,
    /**
     * One string enum with more than 250 values whose values are too long together. Names: the
     * enum, its number of values, their characters, the limit.
     */
    LARGE_ENUM,
    /**
     * An answer that is a record marked {@code @Nullable}, which its class does not show at run
     * time. Names: the record.
     */
    NULLABLE_RECORD,
    /** A type javac could not resolve; javac reports it. Names: the type. */
    UNRESOLVED
  }
}
