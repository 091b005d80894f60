package dev.promptfit.processor.schema;

import dev.promptfit.processor.schema.Node.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes strict JSON schemas (OpenAI's structured-outputs subset, API.md section 7) for Java types
 * at compile time, or says at which path and why a type cannot have one.
 *
 * <p>What each Java type becomes:
 *
 * <ul>
 *   <li>a record: an object with one property per component, in component order, named by the
 *       component or its {@code @JsonProperty}; every property required, no others allowed
 *       ({@code @JsonIgnore}d components left out);
 *   <li>an enum: {@code {"type": "string", "enum": [...]}} of its constants' names or their
 *       {@code @JsonProperty} values;
 *   <li>a sealed interface whose permitted subtypes are records (sealed subinterfaces flattened):
 *       {@code anyOf} of the records' objects, each with a {@code "type"} property first whose
 *       {@code const} is the record's {@code @JsonTypeName}, else its simple name;
 *   <li>{@code String}; {@code boolean}; {@code int}, {@code long}, {@code short}, {@code byte},
 *       {@code BigInteger} as {@code integer}; {@code double}, {@code float}, {@code BigDecimal}
 *       as {@code number}; boxes alike;
 *   <li>{@code LocalDate} ({@code format: date}), {@code OffsetDateTime} and {@code Instant}
 *       ({@code date-time}), {@code LocalTime} and {@code LocalDateTime} (a description giving the
 *       ISO-8601 form), {@code UUID} ({@code uuid}), {@code URI} (a string);
 *   <li>{@code List<X>}, {@code Set<X>}, {@code X[]}: arrays;
 *   <li>{@code Optional<X>}, {@code OptionalInt} and the like, and anything annotated with an
 *       annotation whose simple name is {@code Nullable}: X or {@code null}, still required.
 * </ul>
 *
 * <p>A type used in more than one place, or recursively, goes to {@code $defs}. Descriptions come
 * from {@code @Description}, else from the Javadoc javac sees. Everything else is a {@link
 * SchemaProblem} at its path, and a schema over one of OpenAI's {@link Limit limits} is a {@link
 * LimitExceeded}; either way the result has no schema.
 *
 * <p>One generator serves any number of schemas; each call starts afresh, so definitions are
 * never shared between two schemas.
 */
public final class SchemaGenerator {
  private final Elements elements;
  private final Types types;

  /** A generator that works with javac's utilities. */
  public SchemaGenerator(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The schema of a typed answer, wrapped as strict mode wants its root, an object: a record is
   * the root itself; a {@code List}, {@code Set} or array is {@code {"items": [...]}}; anything
   * else (an enum, a scalar, a sealed interface, an {@code Optional}) is {@code {"value": ...}}.
   * So the wrapper follows from the answer's class alone, which is all the runtime sees; a record
   * answer marked {@code @Nullable} would be wrapped where its class says it is not, and is a
   * problem ({@code Optional<Record>} says the same and shows). Problems' paths start with {@code
   * type}'s simple name ({@code Invoice.lines[].unitPrice}).
   *
   * @param type the answer's type: the {@code T} of {@code T}, {@code Result<T>}, ...; the
   *     {@code E} of {@code Stream<E>} when {@code elements}
   * @param nullable whether the declaration makes the answer nullable beyond what {@code type}'s
   *     own annotations say (a declaration {@code @Nullable} on the method)
   * @param elements whether {@code type} is the element of a list the model writes, as for
   *     {@code Stream<E>}: the schema is then {@code {"items": [E...]}}
   */
  public SchemaResult answer(TypeMirror type, boolean nullable, boolean elements) {
    TypeWalker walker = new TypeWalker(this.elements, types);
    Path path = Path.root(TypeDisplay.of(type));
    Node root;
    if (elements) {
      Node items = walker.value(type, path, false);
      root = wrapper("items", new Node.Array(items));
    } else {
      Node node = walker.value(type, path, nullable);
      if (node instanceof Node.Nullable n
          && n.inner() instanceof Node.Use use
          && use.definition().element.getKind() == ElementKind.RECORD
          && !isOptional(type)) {
        // The runtime sees Person.class, not the annotation, and would expect the bare record.
        walker.problem(SchemaProblem.Kind.NULLABLE_RECORD, path, TypeDisplay.of(type));
      }
      if (node instanceof Node.Use use
          && use.definition().element.getKind() == ElementKind.RECORD) {
        use.definition().root = true;
        root = node;
      } else if (isList(type)) {
        root = wrapper("items", node);
      } else {
        root = wrapper("value", node);
      }
    }
    return finish(walker, root);
  }

  /**
   * The schema of an object whose properties are given, such as a tool's parameters: each
   * property as a record component would be (its type's rules, nullability and description), in
   * the order given. Problems' paths start with the property's name ({@code city},
   * {@code stops[].name}); {@link SchemaProblem#atRoot()} means the property's type itself.
   */
  public SchemaResult object(List<PropertySpec> properties) {
    TypeWalker walker = new TypeWalker(elements, types);
    List<Property> schemaProperties = new ArrayList<>();
    for (PropertySpec spec : properties) {
      boolean nullable = spec.element().map(Annotations::nullable).orElse(false);
      Node node = walker.value(spec.type(), Path.root(spec.name()), nullable);
      String description =
          spec.element()
              .flatMap(Descriptions::annotated)
              .or(spec::description)
              .orElse(null);
      schemaProperties.add(new Property(spec.name(), node, description));
    }
    return finish(walker, new Node.ObjectBody(schemaProperties, null));
  }

  /**
   * The schema of {@code type} as it is, unwrapped, with its {@code $defs}: a record's object,
   * or a root that strict mode would not accept on its own ({@code {"type": "string", ...}}),
   * for a caller that places it inside a schema of its own. Problems' paths start with {@code
   * rootName}.
   */
  public SchemaResult type(TypeMirror type, String rootName) {
    TypeWalker walker = new TypeWalker(elements, types);
    Node node = walker.value(type, Path.root(rootName), false);
    if (node instanceof Node.Use use && use.definition().element.getKind() == ElementKind.RECORD) {
      use.definition().root = true;
    }
    return finish(walker, node);
  }

  /**
   * Whether an annotation whose simple name is {@code Nullable} is on {@code construct}: an
   * element (a declaration annotation) or a type (a type-use annotation).
   */
  public static boolean nullable(AnnotatedConstruct construct) {
    return Annotations.nullable(construct);
  }

  private static boolean isOptional(TypeMirror type) {
    return isClass(type, "java.util.Optional");
  }

  /** A list, set or array: what the runtime wraps as {@code items}, by its class alone. */
  private static boolean isList(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        || isClass(type, "java.util.List")
        || isClass(type, "java.util.Set");
  }

  private static boolean isClass(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }

  private static Node wrapper(String name, Node node) {
    return new Node.ObjectBody(List.of(new Property(name, node, null)), null);
  }

  private static SchemaResult finish(TypeWalker walker, Node root) {
    if (!walker.problems().isEmpty()) {
      return new SchemaResult(
          Optional.empty(), walker.problems(), List.of(), walker.boundTypes());
    }
    Map<String, Object> tree = new Renderer(walker.definitions()).document(root);
    List<LimitExceeded> exceeded = LimitChecker.check(tree);
    Optional<String> json = exceeded.isEmpty() ? Optional.of(Json.write(tree)) : Optional.empty();
    return new SchemaResult(json, List.of(), exceeded, walker.boundTypes());
  }
}
