package dev.promptfit.processor.schema;

import dev.promptfit.processor.schema.Node.Property;
import dev.promptfit.processor.schema.RecordComponents.Component;
import dev.promptfit.processor.schema.SchemaProblem.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Walks a type graph into {@link Node}s, recording each type that cannot be described at its path.
 * Each record, enum and sealed interface is walked once, whatever the number of places it is used
 * in, so its problems are reported once, at the first path that reached it; {@link Renderer} then
 * decides from the counted uses what is written in place and what goes to {@code $defs}. {@link
 * Cycles} finds the records no finite answer fits.
 */
final class TypeWalker {
  /** The discriminator property of a sealed interface's records. */
  static final String DISCRIMINATOR = "type";

  private final Types types;
  private final Elements elements;
  private final Descriptions descriptions;
  private final Map<String, Definition> definitions = new LinkedHashMap<>();
  private final List<SchemaProblem> problems = new ArrayList<>();
  private final Map<TypeElement, BoundType> bound = new LinkedHashMap<>();
  private final Cycles cycles = new Cycles();

  TypeWalker(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.descriptions = new Descriptions(elements);
  }

  List<SchemaProblem> problems() {
    return problems;
  }

  List<BoundType> boundTypes() {
    return List.copyOf(bound.values());
  }

  /** Every definition made, in the order first met. */
  List<Definition> definitions() {
    return List.copyOf(definitions.values());
  }

  /**
   * The node for a value of {@code type} at {@code path}, nullable where {@code nullable} says so
   * (a declaration annotation the caller found), where {@code type} carries a {@code Nullable}
   * type annotation, or where it is an {@code Optional}. A primitive is never null.
   */
  Node value(TypeMirror type, Path path, boolean nullable) {
    if (type.getKind().isPrimitive()) {
      return primitive(type, path);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      switch (qualifiedName(type)) {
        case "java.util.Optional" -> {
          return optional((DeclaredType) type, path);
        }
        case "java.util.OptionalInt", "java.util.OptionalLong" -> {
          return new Node.Nullable(Scalars.INTEGER);
        }
        case "java.util.OptionalDouble" -> {
          return new Node.Nullable(Scalars.NUMBER);
        }
        default -> {}
      }
    }
    if (nullable || Annotations.nullable(type)) {
      cycles.escape();
      Node inner = type(type, path);
      cycles.unescape();
      return nullable(inner);
    }
    return type(type, path);
  }

  private Node optional(DeclaredType type, Path path) {
    List<? extends TypeMirror> args = type.getTypeArguments();
    if (args.isEmpty()) {
      return problem(Kind.RAW, path, TypeDisplay.of(type));
    }
    TypeMirror inner = args.get(0);
    if (inner.getKind() == TypeKind.WILDCARD) {
      return wildcard((WildcardType) inner, path);
    }
    if (inner.getKind() == TypeKind.DECLARED
        && qualifiedName(inner).startsWith("java.util.Optional")) {
      return problem(Kind.NESTED_OPTIONAL, path, TypeDisplay.of(type));
    }
    cycles.escape();
    Node node = value(inner, path, false);
    cycles.unescape();
    return nullable(node);
  }

  private static Node nullable(Node node) {
    return node instanceof Node.Nullable || node instanceof Node.Invalid
        ? node
        : new Node.Nullable(node);
  }

  private Node primitive(TypeMirror type, Path path) {
    return switch (type.getKind()) {
      case BOOLEAN -> Scalars.BOOLEAN;
      case BYTE, SHORT, INT, LONG -> Scalars.INTEGER;
      case FLOAT, DOUBLE -> Scalars.NUMBER;
      case CHAR -> problem(Kind.CHAR, path, "char");
      default -> problem(Kind.OBJECT, path, TypeDisplay.of(type));
    };
  }

  /** The node for {@code type} itself, nullability aside. */
  private Node type(TypeMirror type, Path path) {
    return switch (type.getKind()) {
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE -> primitive(type, path);
      case ARRAY -> array((ArrayType) type, path);
      case DECLARED -> declared((DeclaredType) type, path);
      case TYPEVAR -> problem(Kind.TYPE_VARIABLE, path, TypeDisplay.of(type));
      case WILDCARD -> wildcard((WildcardType) type, path);
      case ERROR -> problem(Kind.UNRESOLVED, path, type.toString());
      default -> problem(Kind.OBJECT, path, TypeDisplay.of(type));
    };
  }

  private Node array(ArrayType type, Path path) {
    TypeMirror component = type.getComponentType();
    if (component.getKind() == TypeKind.CHAR) {
      return problem(Kind.CHAR, path, "char[]");
    }
    if (component.getKind() == TypeKind.BYTE) {
      return problem(Kind.BINARY, path, "byte[]");
    }
    return elements(component, path);
  }

  private Node elements(TypeMirror element, Path path) {
    cycles.escape();
    Node items = value(element, path.element(), false);
    cycles.unescape();
    return items instanceof Node.Invalid ? items : new Node.Array(items);
  }

  private Node wildcard(WildcardType wildcard, Path path) {
    TypeMirror bound =
        wildcard.getExtendsBound() != null ? wildcard.getExtendsBound() : wildcard.getSuperBound();
    return problem(
        Kind.WILDCARD, path, TypeDisplay.of(wildcard),
        bound == null ? "Object" : TypeDisplay.of(bound));
  }

  private Node declared(DeclaredType type, Path path) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Node.Scalar scalar = Scalars.of(name);
    if (scalar != null) {
      return scalar;
    }
    List<? extends TypeMirror> args = type.getTypeArguments();
    switch (name) {
      case "java.lang.Object" -> {
        return problem(Kind.OBJECT, path, "Object");
      }
      case "java.lang.Character" -> {
        return problem(Kind.CHAR, path, "Character");
      }
      case "java.net.URL" -> {
        return problem(Kind.URL, path, "URL");
      }
      case "java.util.List", "java.util.Set" -> {
        if (args.size() != 1) {
          return problem(Kind.RAW, path, TypeDisplay.of(type));
        }
        if (args.get(0).getKind() == TypeKind.WILDCARD) {
          return wildcard((WildcardType) args.get(0), path);
        }
        return elements(args.get(0), path);
      }
      default -> {}
    }
    if (isA(type, "java.util.Map")) {
      return problem(Kind.MAP, path, TypeDisplay.of(type));
    }
    if (isA(type, "java.util.Collection") || name.equals("java.lang.Iterable")) {
      String elementName = args.size() == 1 ? TypeDisplay.of(args.get(0)) : "X";
      return problem(Kind.COLLECTION, path, TypeDisplay.of(type), elementName);
    }
    if (Scalars.otherDateTime(name, element.getKind() == ElementKind.ENUM)) {
      return problem(Kind.DATE_TIME, path, TypeDisplay.of(type));
    }
    if (args.isEmpty() && !element.getTypeParameters().isEmpty()) {
      return problem(Kind.RAW, path, TypeDisplay.of(type));
    }
    for (TypeMirror arg : args) {
      if (arg.getKind() == TypeKind.WILDCARD) {
        return wildcard((WildcardType) arg, path);
      }
    }
    return switch (element.getKind()) {
      case RECORD -> record(type, element, path);
      case ENUM -> enumeration(type, element, path);
      case INTERFACE ->
          element.getModifiers().contains(Modifier.SEALED)
              ? sealed(type, element, path)
              : problem(Kind.INTERFACE, path, TypeDisplay.of(type));
      default -> problem(Kind.CLASS, path, TypeDisplay.of(type));
    };
  }

  /** A use of a record; a use met while the record is being walked makes it recursive. */
  private Node record(DeclaredType type, TypeElement element, Path path) {
    Definition existing = definitions.get(TypeDisplay.key(type));
    if (existing != null && existing.inProgress) {
      existing.recursive = true;
      if (cycles.endless(existing)) {
        problem(Kind.ENDLESS, path, TypeDisplay.simpleNames(existing.element));
      }
    }
    if (existing == null) {
      // Box<T>(Box<List<T>> inner) would need Box<List<List<T>>> and so on, each a new schema.
      for (Definition walking : definitions.values()) {
        if (walking.inProgress && walking.element.equals(element)) {
          return problem(
              Kind.UNBOUNDED, path, TypeDisplay.simpleNames(element), TypeDisplay.of(type));
        }
      }
    }
    Definition definition =
        existing != null ? existing : recordDefinition(type, element, path);
    definition.uses++;
    return new Node.Use(definition);
  }

  /** The definition of a record, walked now if it is new; counts no use. */
  private Definition recordDefinition(DeclaredType type, TypeElement element, Path path) {
    Definition existing = definitions.get(TypeDisplay.key(type));
    if (existing != null) {
      return existing;
    }
    Definition definition = define(type, element, BoundType.Kind.RECORD);
    definition.inProgress = true;
    cycles.enter(definition);
    String display = TypeDisplay.simpleNames(element);
    shapeChanging(element, "record " + display, path);
    Map<String, String> names = new LinkedHashMap<>();
    List<Property> properties = new ArrayList<>();
    for (Component component : RecordComponents.of(type, element, types)) {
      if (component.ignored()) {
        continue;
      }
      Path componentPath = path.component(component.name());
      component.shapeChanging()
          .ifPresent(
              a -> problem(Kind.JACKSON_SHAPE, componentPath, a, "component " + component.name()));
      String first = names.putIfAbsent(component.jsonName(), component.name());
      if (first != null) {
        problem(
            Kind.DUPLICATE_PROPERTY, componentPath, display, component.jsonName(), first,
            component.name());
      }
      Node node = value(component.type(), componentPath, component.nullable());
      String description =
          descriptions.ofComponent(element, component.name(), component.carriers()).orElse(null);
      properties.add(new Property(component.jsonName(), node, description));
    }
    definition.body =
        new Node.ObjectBody(properties, descriptions.ofType(element).orElse(null));
    cycles.exit();
    definition.inProgress = false;
    return definition;
  }

  private Node enumeration(DeclaredType type, TypeElement element, Path path) {
    Definition existing = definitions.get(TypeDisplay.key(type));
    if (existing != null) {
      existing.uses++;
      return new Node.Use(existing);
    }
    Definition definition = define(type, element, BoundType.Kind.ENUM);
    definition.uses = 1;
    String display = TypeDisplay.simpleNames(element);
    shapeChanging(element, "enum " + display, path);
    List<String> values = new ArrayList<>();
    List<String> lines = new ArrayList<>();
    descriptions.ofType(element).ifPresent(lines::add);
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.ENUM_CONSTANT) {
        String value =
            Annotations.value(member, Annotations.JSON_PROPERTY)
                .orElse(member.getSimpleName().toString());
        values.add(value);
        descriptions.ofConstant(member).ifPresent(d -> lines.add(value + ": " + d));
      }
    }
    if (values.isEmpty()) {
      problem(Kind.EMPTY_ENUM, path, display);
    }
    int characters = values.stream().mapToInt(String::length).sum();
    if (values.size() > Limit.LARGE_ENUM_VALUES && characters > Limit.LARGE_ENUM_CHARACTERS) {
      problem(
          Kind.LARGE_ENUM, path, display, String.valueOf(values.size()),
          String.valueOf(characters), String.valueOf(Limit.LARGE_ENUM_CHARACTERS));
    }
    definition.body =
        new Node.EnumBody(values, lines.isEmpty() ? null : String.join("\n", lines));
    return new Node.Use(definition);
  }

  private Node sealed(DeclaredType type, TypeElement element, Path path) {
    String display = TypeDisplay.simpleNames(element);
    if (!element.getTypeParameters().isEmpty()) {
      return problem(Kind.GENERIC_SEALED, path, display);
    }
    Definition existing = definitions.get(TypeDisplay.key(type));
    if (existing != null) {
      existing.uses++;
      if (existing.inProgress) {
        existing.recursive = true;
        if (cycles.endless(existing)) {
          problem(Kind.ENDLESS, path, display);
        }
      }
      return new Node.Use(existing);
    }
    Definition definition = define(type, element, BoundType.Kind.SEALED_INTERFACE);
    definition.uses = 1;
    definition.inProgress = true;
    cycles.enter(definition);
    List<TypeElement> records = new ArrayList<>();
    permittedRecords(element, element, path, records, new HashSet<>());
    // With a second record to choose, the model can always end a cycle there.
    boolean choice = records.size() > 1;
    if (choice) {
      cycles.escape();
    }
    Map<String, String> discriminators = new LinkedHashMap<>();
    List<Node.Variant> variants = new ArrayList<>();
    for (TypeElement record : records) {
      String recordDisplay = TypeDisplay.simpleNames(record);
      String discriminator =
          Annotations.value(record, Annotations.JSON_TYPE_NAME)
              .orElse(record.getSimpleName().toString());
      String first = discriminators.putIfAbsent(discriminator, recordDisplay);
      if (first != null) {
        problem(Kind.DUPLICATE_DISCRIMINATOR, path, display, discriminator, first, recordDisplay);
      }
      Path variantPath = path.variant(record.getSimpleName().toString());
      Definition recordDefinition = definitions.get(TypeDisplay.key(record.asType()));
      if (recordDefinition != null && recordDefinition.inProgress) {
        // The cycle runs through this interface's anyOf, which must then be a $ref.
        definition.recursive = true;
        if (cycles.endless(recordDefinition)) {
          problem(Kind.ENDLESS, variantPath, recordDisplay);
        }
      } else {
        recordDefinition = recordDefinition((DeclaredType) record.asType(), record, variantPath);
        if (recordDefinition.body instanceof Node.ObjectBody body
            && body.properties().stream().anyMatch(p -> p.name().equals(DISCRIMINATOR))) {
          problem(
              Kind.DISCRIMINATOR_CLASH, variantPath.component(DISCRIMINATOR), recordDisplay,
              display, DISCRIMINATOR);
        }
      }
      variants.add(new Node.Variant(discriminator, recordDefinition));
    }
    if (choice) {
      cycles.unescape();
    }
    cycles.exit();
    definition.inProgress = false;
    definition.body =
        new Node.AnyOfBody(variants, descriptions.ofType(element).orElse(null));
    return new Node.Use(definition);
  }

  /** The records {@code type} permits, sealed subinterfaces flattened, in declaration order. */
  private void permittedRecords(
      TypeElement root, TypeElement type, Path path, List<TypeElement> into,
      Set<TypeElement> seen) {
    for (TypeMirror permitted : type.getPermittedSubclasses()) {
      if (permitted.getKind() == TypeKind.ERROR) {
        problem(Kind.UNRESOLVED, path, permitted.toString());
        continue;
      }
      TypeElement subtype = (TypeElement) types.asElement(permitted);
      if (!seen.add(subtype)) {
        continue;
      }
      if (subtype.getKind() == ElementKind.RECORD) {
        into.add(subtype);
      } else if (subtype.getKind() == ElementKind.INTERFACE
          && subtype.getModifiers().contains(Modifier.SEALED)) {
        permittedRecords(root, subtype, path, into, seen);
      } else {
        problem(
            Kind.SEALED_SUBTYPE, path, TypeDisplay.simpleNames(root),
            TypeDisplay.simpleNames(subtype));
      }
    }
  }

  /** A new definition for {@code type}, its element bound by Jackson at run time. */
  private Definition define(DeclaredType type, TypeElement element, BoundType.Kind kind) {
    Definition definition = new Definition(element, TypeDisplay.definitionName(type));
    definitions.put(TypeDisplay.key(type), definition);
    bound.putIfAbsent(element, new BoundType(element, kind));
    return definition;
  }

  /**
   * Reports a shape-changing Jackson annotation on {@code type} or one of its methods, such as
   * {@code @JsonValue}; a record's accessors are left to their components.
   */
  private void shapeChanging(TypeElement type, String owner, Path path) {
    List<? extends Element> accessors = RecordComponents.accessors(type);
    Optional<String> annotation =
        Annotations.shapeChanging(type)
            .or(
                () ->
                    ElementFilter.methodsIn(type.getEnclosedElements()).stream()
                        .filter(method -> !accessors.contains(method))
                        .map(Annotations::shapeChanging)
                        .flatMap(Optional::stream)
                        .findFirst());
    annotation.ifPresent(a -> problem(Kind.JACKSON_SHAPE, path, a, owner));
  }

  /** Whether {@code type} is a subtype of the class or interface named {@code qualifiedName}. */
  private boolean isA(DeclaredType type, String qualifiedName) {
    TypeElement target = elements.getTypeElement(qualifiedName);
    return target != null
        && types.isSubtype(types.erasure(type), types.erasure(target.asType()));
  }

  private static String qualifiedName(TypeMirror type) {
    return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
  }

  /** Records a problem at {@code path}; the node to use in place of the type. */
  Node problem(Kind kind, Path path, String... names) {
    problems.add(new SchemaProblem(kind, path.toString(), path.atRoot(), List.of(names)));
    return new Node.Invalid();
  }
}
