package dev.promptfit.processor.schema;

import dev.promptfit.processor.schema.Node.Property;
import dev.promptfit.processor.schema.SchemaProblem.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
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
 * decides from the counted uses what is written in place and what goes to {@code $defs}.
 *
 * <p>It also finds records that contain themselves through required, non-null components only:
 * strict mode would accept their schema, but no finite answer fits it. A cycle is harmless when
 * some step on it can end: a nullable value, an array (which may be empty), or a sealed interface
 * with another permitted record. {@code escapes} counts such steps on the current path, and a
 * cycle that closes with the count it started with has none.
 */
final class TypeWalker {
  /** The discriminator property of a sealed interface's records. */
  static final String DISCRIMINATOR = "type";

  private static final Node.Scalar STRING = new Node.Scalar("string", null, null);
  private static final Node.Scalar INTEGER = new Node.Scalar("integer", null, null);
  private static final Node.Scalar NUMBER = new Node.Scalar("number", null, null);
  private static final Node.Scalar BOOLEAN = new Node.Scalar("boolean", null, null);

  private static final Map<String, Node.Scalar> SCALARS =
      Map.ofEntries(
          Map.entry("java.lang.String", STRING),
          Map.entry("java.lang.Boolean", BOOLEAN),
          Map.entry("java.lang.Integer", INTEGER),
          Map.entry("java.lang.Long", INTEGER),
          Map.entry("java.lang.Short", INTEGER),
          Map.entry("java.lang.Byte", INTEGER),
          Map.entry("java.math.BigInteger", INTEGER),
          Map.entry("java.lang.Double", NUMBER),
          Map.entry("java.lang.Float", NUMBER),
          Map.entry("java.math.BigDecimal", NUMBER),
          Map.entry("java.time.LocalDate", new Node.Scalar("string", "date", null)),
          Map.entry("java.time.OffsetDateTime", new Node.Scalar("string", "date-time", null)),
          Map.entry("java.time.Instant", new Node.Scalar("string", "date-time", null)),
          // RFC 3339's "time" carries an offset, which a LocalTime has not.
          Map.entry(
              "java.time.LocalTime",
              new Node.Scalar("string", null, "ISO-8601 local time without offset, e.g. 09:30:00")),
          Map.entry(
              "java.time.LocalDateTime",
              new Node.Scalar(
                  "string",
                  null,
                  "ISO-8601 local date and time without offset, e.g. 2025-03-14T09:30:00")),
          Map.entry("java.util.UUID", new Node.Scalar("string", "uuid", null)),
          // Strict mode has no "uri" format.
          Map.entry(
              "java.net.URI",
              new Node.Scalar("string", null, "URI (RFC 3986), e.g. https://example.com/a%20b")));

  private static final Set<String> OLD_DATES =
      Set.of("java.util.Date", "java.util.Calendar", "java.sql.Date", "java.sql.Time",
          "java.sql.Timestamp");

  private final Types types;
  private final Elements elements;
  private final Descriptions descriptions;
  private final Map<String, Definition> definitions = new LinkedHashMap<>();
  private final List<SchemaProblem> problems = new ArrayList<>();
  private final Map<TypeElement, BoundType> bound = new LinkedHashMap<>();
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int escapes;

  /** A record or sealed interface being walked, and the {@code escapes} count when it began. */
  private record Frame(Definition definition, int escapes) {}

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
   * type annotation, or where it is an {@code Optional}.
   */
  Node value(TypeMirror type, Path path, boolean nullable) {
    if (type.getKind().isPrimitive()) {
      return primitive(type, path);
    }
    if (type.getKind() == TypeKind.DECLARED) {
      String name = qualifiedName(type);
      switch (name) {
        case "java.util.Optional" -> {
          return optional((DeclaredType) type, path);
        }
        case "java.util.OptionalInt", "java.util.OptionalLong" -> {
          return new Node.Nullable(INTEGER);
        }
        case "java.util.OptionalDouble" -> {
          return new Node.Nullable(NUMBER);
        }
        default -> {}
      }
    }
    if (nullable || Annotations.nullable(type)) {
      escapes++;
      Node inner = type(type, path);
      escapes--;
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
    if (inner.getKind() == TypeKind.DECLARED && qualifiedName(inner).startsWith("java.util.Optional")) {
      return problem(Kind.NESTED_OPTIONAL, path, TypeDisplay.of(type));
    }
    escapes++;
    Node node = value(inner, path, false);
    escapes--;
    return nullable(node);
  }

  private static Node nullable(Node node) {
    return node instanceof Node.Nullable || node instanceof Node.Invalid
        ? node
        : new Node.Nullable(node);
  }

  private Node primitive(TypeMirror type, Path path) {
    return switch (type.getKind()) {
      case BOOLEAN -> BOOLEAN;
      case BYTE, SHORT, INT, LONG -> INTEGER;
      case FLOAT, DOUBLE -> NUMBER;
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
    escapes++;
    Node items = value(element, path.element(), false);
    escapes--;
    return items instanceof Node.Invalid ? items : new Node.Array(items);
  }

  private Node wildcard(WildcardType wildcard, Path path) {
    TypeMirror bound =
        wildcard.getExtendsBound() != null
            ? wildcard.getExtendsBound()
            : wildcard.getSuperBound() != null ? wildcard.getSuperBound() : null;
    return problem(
        Kind.WILDCARD, path, TypeDisplay.of(wildcard), bound == null ? "Object" : TypeDisplay.of(bound));
  }

  private Node declared(DeclaredType type, Path path) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    Node.Scalar scalar = SCALARS.get(name);
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
    if ((name.startsWith("java.time.") && element.getKind() != ElementKind.ENUM)
        || OLD_DATES.contains(name)) {
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

  private Node record(DeclaredType type, TypeElement element, Path path) {
    Definition existing = definitions.get(TypeDisplay.key(type));
    if (existing != null) {
      existing.uses++;
      if (existing.inProgress) {
        existing.recursive = true;
        checkEndless(existing, path);
      }
      return new Node.Use(existing);
    }
    Definition definition = recordDefinition(type, element, path);
    definition.uses++;
    return new Node.Use(definition);
  }

  /** The definition of a record, walked now if it is new; counts no use. */
  private Definition recordDefinition(DeclaredType type, TypeElement element, Path path) {
    String key = TypeDisplay.key(type);
    Definition existing = definitions.get(key);
    if (existing != null) {
      return existing;
    }
    Definition definition = new Definition(element, TypeDisplay.definitionName(type));
    definitions.put(key, definition);
    bound.putIfAbsent(element, new BoundType(element, BoundType.Kind.RECORD));
    definition.inProgress = true;
    stack.push(new Frame(definition, escapes));
    definition.body = recordBody(type, element, path);
    stack.pop();
    definition.inProgress = false;
    return definition;
  }

  private Node.ObjectBody recordBody(DeclaredType type, TypeElement element, Path path) {
    String display = TypeDisplay.simpleNames(element);
    shapeChanging(element, "record " + display, path);
    Map<String, String> names = new LinkedHashMap<>();
    List<Property> properties = new ArrayList<>();
    boolean generic = !type.getTypeArguments().isEmpty();
    for (RecordComponentElement component : element.getRecordComponents()) {
      String componentName = component.getSimpleName().toString();
      List<Element> carriers = carriers(element, component);
      if (carriers.stream().anyMatch(Annotations::ignored)) {
        continue;
      }
      Path componentPath = path.component(componentName);
      for (Element carrier : carriers) {
        Optional<String> annotation = Annotations.shapeChanging(carrier);
        if (annotation.isPresent()) {
          problem(Kind.JACKSON_SHAPE, componentPath, annotation.get(), "component " + componentName);
          break;
        }
      }
      String jsonName =
          carriers.stream()
              .map(c -> Annotations.value(c, Annotations.JSON_PROPERTY))
              .flatMap(Optional::stream)
              .findFirst()
              .orElse(componentName);
      String first = names.putIfAbsent(jsonName, componentName);
      if (first != null) {
        problem(Kind.DUPLICATE_PROPERTY, componentPath, display, jsonName, first, componentName);
      }
      TypeMirror componentType =
          generic
              ? ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType()
              : component.asType();
      boolean nullable =
          carriers.stream().anyMatch(Annotations::nullable) || Annotations.nullable(component.asType());
      Node node = value(componentType, componentPath, nullable);
      String description =
          descriptions.ofComponent(element, componentName, carriers).orElse(null);
      properties.add(new Property(jsonName, node, description));
    }
    return new Node.ObjectBody(properties, descriptions.ofType(element).orElse(null));
  }

  /**
   * The component and the members javac copies a component's annotations to, by their targets:
   * the accessor, the field and the canonical constructor's parameter.
   */
  private List<Element> carriers(TypeElement record, RecordComponentElement component) {
    List<Element> carriers = new ArrayList<>();
    carriers.add(component);
    if (component.getAccessor() != null) {
      carriers.add(component.getAccessor());
    }
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)
          && field.getSimpleName().equals(component.getSimpleName())) {
        carriers.add(field);
      }
    }
    canonicalConstructor(record)
        .ifPresent(
            constructor -> {
              int index = record.getRecordComponents().indexOf(component);
              if (index >= 0 && index < constructor.getParameters().size()) {
                carriers.add(constructor.getParameters().get(index));
              }
            });
    return carriers;
  }

  private Optional<ExecutableElement> canonicalConstructor(TypeElement record) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      if (parameters.size() != components.size()) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < parameters.size() && same; i++) {
        same =
            types.isSameType(
                types.erasure(parameters.get(i).asType()),
                types.erasure(components.get(i).asType()));
      }
      if (same) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }

  private Node enumeration(DeclaredType type, TypeElement element, Path path) {
    String key = TypeDisplay.key(type);
    Definition existing = definitions.get(key);
    if (existing != null) {
      existing.uses++;
      return new Node.Use(existing);
    }
    Definition definition = new Definition(element, TypeDisplay.definitionName(type));
    definitions.put(key, definition);
    definition.uses = 1;
    bound.putIfAbsent(element, new BoundType(element, BoundType.Kind.ENUM));
    String display = TypeDisplay.simpleNames(element);
    shapeChanging(element, "enum " + display, path);
    List<String> values = new ArrayList<>();
    List<String> described = new ArrayList<>();
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() != ElementKind.ENUM_CONSTANT) {
        continue;
      }
      String value =
          Annotations.value(member, Annotations.JSON_PROPERTY)
              .orElse(member.getSimpleName().toString());
      values.add(value);
      descriptions.ofConstant(member).ifPresent(d -> described.add(value + ": " + d));
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
    List<String> lines = new ArrayList<>();
    descriptions.ofType(element).ifPresent(lines::add);
    lines.addAll(described);
    definition.body =
        new Node.EnumBody(values, lines.isEmpty() ? null : String.join("\n", lines));
    return new Node.Use(definition);
  }

  private Node sealed(DeclaredType type, TypeElement element, Path path) {
    String display = TypeDisplay.simpleNames(element);
    if (!element.getTypeParameters().isEmpty()) {
      return problem(Kind.GENERIC_SEALED, path, display);
    }
    String key = TypeDisplay.key(type);
    Definition existing = definitions.get(key);
    if (existing != null) {
      existing.uses++;
      if (existing.inProgress) {
        existing.recursive = true;
        checkEndless(existing, path);
      }
      return new Node.Use(existing);
    }
    Definition definition = new Definition(element, TypeDisplay.definitionName(type));
    definitions.put(key, definition);
    definition.uses = 1;
    bound.putIfAbsent(element, new BoundType(element, BoundType.Kind.SEALED_INTERFACE));
    definition.inProgress = true;
    stack.push(new Frame(definition, escapes));
    List<TypeElement> records = new ArrayList<>();
    permittedRecords(element, element, path, records, new HashSet<>());
    // With a second record to choose, the model can always end the cycle there.
    int escape = records.size() > 1 ? 1 : 0;
    escapes += escape;
    Map<String, String> discriminators = new LinkedHashMap<>();
    List<Node.Variant> variants = new ArrayList<>();
    for (TypeElement record : records) {
      String simpleName = record.getSimpleName().toString();
      String discriminator =
          Annotations.value(record, Annotations.JSON_TYPE_NAME).orElse(simpleName);
      String recordDisplay = TypeDisplay.simpleNames(record);
      String first = discriminators.putIfAbsent(discriminator, recordDisplay);
      if (first != null) {
        problem(Kind.DUPLICATE_DISCRIMINATOR, path, display, discriminator, first, recordDisplay);
      }
      Path variantPath = path.variant(simpleName);
      Definition recordDefinition = definitions.get(TypeDisplay.key(record.asType()));
      if (recordDefinition != null && recordDefinition.inProgress) {
        // The cycle runs through this interface's anyOf, which must then be a $ref.
        definition.recursive = true;
        checkEndless(recordDefinition, variantPath);
      } else {
        recordDefinition = recordDefinition((DeclaredType) record.asType(), record, variantPath);
      }
      if (recordDefinition.body instanceof Node.ObjectBody body) {
        body.properties().stream()
            .filter(p -> p.name().equals(DISCRIMINATOR))
            .findFirst()
            .ifPresent(
                p ->
                    problem(
                        Kind.DISCRIMINATOR_CLASH, variantPath.component(p.name()), recordDisplay,
                        display, DISCRIMINATOR));
      }
      variants.add(new Node.Variant(discriminator, recordDefinition));
    }
    escapes -= escape;
    stack.pop();
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

  /**
   * Reports {@code definition}, met again at {@code path} while it is being walked, when nothing
   * on the way back to it could end the cycle.
   */
  private void checkEndless(Definition definition, Path path) {
    for (Frame frame : stack) {
      if (frame.definition() == definition) {
        if (frame.escapes() == escapes) {
          problem(Kind.ENDLESS, path, TypeDisplay.simpleNames(definition.element));
        }
        return;
      }
    }
  }

  /**
   * Reports a shape-changing Jackson annotation on {@code type} or one of its methods, such as
   * {@code @JsonValue}; a record's accessors are left to their components.
   */
  private void shapeChanging(TypeElement type, String owner, Path path) {
    Set<Element> accessors = new HashSet<>();
    for (RecordComponentElement component : type.getRecordComponents()) {
      accessors.add(component.getAccessor());
    }
    Optional<String> annotation = Annotations.shapeChanging(type);
    if (annotation.isEmpty()) {
      annotation =
          ElementFilter.methodsIn(type.getEnclosedElements()).stream()
              .filter(method -> !accessors.contains(method))
              .map(Annotations::shapeChanging)
              .flatMap(Optional::stream)
              .findFirst();
    }
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

  private Node problem(Kind kind, Path path, String... names) {
    problems.add(new SchemaProblem(kind, path.toString(), path.atRoot(), List.of(names)));
    return new Node.Invalid();
  }
}
