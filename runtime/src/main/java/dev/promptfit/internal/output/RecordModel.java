package dev.promptfit.internal.output;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What binding needs to know about one record class, found by reflection once per class:
 * each component's JSON name, generic type and whether it may be null or is left out, and the
 * canonical constructor. The rules are the processor's ({@code RecordComponents}), so the JSON read
 * is the JSON its schema asked for.
 *
 * <p>javac copies a component's annotations to the accessor, the field and the constructor
 * parameter, whichever the annotation's target allows, so all of those are read. The name is the
 * component's, or a non-blank {@code @JsonProperty} value. A component may be null when its type is
 * an {@code Optional} ({@code OptionalInt} and the like too) or it carries any annotation whose
 * simple name is {@code Nullable}, on a declaration or on its type (JSpecify's is type-use). One
 * with {@code @JsonIgnore} is not in the JSON at all.
 */
final class RecordModel {
  private static final ClassValue<RecordModel> MODELS =
      new ClassValue<>() {
        @Override
        protected RecordModel computeValue(Class<?> type) {
          return new RecordModel(type);
        }
      };

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  /** How a component treats null and absence. */
  enum Nulls {
    /** Present and not null, or the answer is wrong. */
    REQUIRED,
    /** {@code @Nullable}: null, or absent, binds to null. */
    NULLABLE,
    /** An {@code Optional} kind: null, or absent, binds to its empty value. */
    OPTIONAL,
    /**
     * {@code @JsonIgnore}: not in the schema, so never read; the constructor gets what Jackson
     * would pass, the type's default (null, 0, false, an empty {@code Optional}).
     */
    IGNORED
  }

  /**
   * One component: JSON name, declared type (type variables unresolved) with its type-use
   * annotations, its erasure, and its null rule.
   */
  record Component(
      String name, Type type, AnnotatedType annotatedType, Class<?> rawType, Nulls nulls) {}

  private final Class<?> type;
  private final List<Component> components;
  private final Map<String, Integer> indexByName;
  private final Constructor<?> constructor;

  private RecordModel(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(TypeNames.of(type) + " is not a record");
    }
    this.type = type;
    RecordComponent[] declared = type.getRecordComponents();
    Class<?>[] rawTypes = new Class<?>[declared.length];
    for (int i = 0; i < declared.length; i++) {
      rawTypes[i] = declared[i].getType();
    }
    try {
      this.constructor = type.getDeclaredConstructor(rawTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("a record without its canonical constructor: " + type, e);
    }
    // A public record in an exported package needs nothing; any other needs its package open to
    // Promptfit when it lives in a named module.
    if (!constructor.trySetAccessible()) {
      throw new IllegalArgumentException(
          "cannot construct record "
              + type.getName()
              + ": its module does not open "
              + type.getPackageName()
              + " to dev.promptfit; add `opens "
              + type.getPackageName()
              + " to dev.promptfit;` to its module-info.java, or make the record public in an"
              + " exported package");
    }
    Parameter[] parameters = constructor.getParameters();
    List<Component> components = new ArrayList<>(declared.length);
    Map<String, Integer> indexByName = new HashMap<>();
    for (int i = 0; i < declared.length; i++) {
      RecordComponent component = declared[i];
      List<AnnotatedElement> carriers = carriers(component, parameters[i]);
      String name = jsonName(component, carriers);
      Nulls nulls = ignored(carriers) ? Nulls.IGNORED : nulls(component, carriers);
      if (nulls != Nulls.IGNORED && indexByName.put(name, i) != null) {
        throw new IllegalArgumentException(
            "record " + TypeNames.of(type) + " has two components named \"" + name + "\" in JSON");
      }
      components.add(
          new Component(
              name,
              component.getGenericType(),
              component.getAnnotatedType(),
              component.getType(),
              nulls));
    }
    this.components = List.copyOf(components);
    this.indexByName = Map.copyOf(indexByName);
  }

  static RecordModel of(Class<?> type) {
    return MODELS.get(type);
  }

  Class<?> type() {
    return type;
  }

  List<Component> components() {
    return components;
  }

  /** The index of the component read from JSON name {@code name}, or -1 if there is none. */
  int indexOf(String name) {
    Integer index = indexByName.get(name);
    return index == null ? -1 : index;
  }

  /** True if {@code name} is the JSON name of a component left out by {@code @JsonIgnore}. */
  boolean isIgnored(String name) {
    for (Component component : components) {
      if (component.nulls() == Nulls.IGNORED && component.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A new instance. A compact constructor that rejects the values throws; its exception comes back
   * as the cause of the {@link InvocationTargetException}.
   */
  Object construct(@Nullable Object[] values) throws InvocationTargetException {
    try {
      return constructor.newInstance(values);
    } catch (InstantiationException | IllegalAccessException e) {
      throw new IllegalStateException("cannot construct " + type.getName(), e);
    }
  }

  /** The value Jackson gives a component it does not read: its type's default. */
  static @Nullable Object defaultOf(Class<?> type) {
    if (type == Optional.class) {
      return Optional.empty();
    }
    if (type == OptionalInt.class) {
      return OptionalInt.empty();
    }
    if (type == OptionalLong.class) {
      return OptionalLong.empty();
    }
    if (type == OptionalDouble.class) {
      return OptionalDouble.empty();
    }
    if (!type.isPrimitive()) {
      return null;
    }
    if (type == boolean.class) {
      return false;
    }
    if (type == char.class) {
      return '\0';
    }
    if (type == float.class) {
      return 0f;
    }
    if (type == double.class) {
      return 0d;
    }
    if (type == long.class) {
      return 0L;
    }
    return type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
  }

  private static String jsonName(RecordComponent component, List<AnnotatedElement> carriers) {
    for (AnnotatedElement element : carriers) {
      JsonProperty property = element.getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isBlank()) {
        return property.value();
      }
    }
    return component.getName();
  }

  private static boolean ignored(List<AnnotatedElement> carriers) {
    for (AnnotatedElement element : carriers) {
      JsonIgnore ignore = element.getAnnotation(JsonIgnore.class);
      if (ignore != null && ignore.value()) {
        return true;
      }
    }
    return false;
  }

  private static Nulls nulls(RecordComponent component, List<AnnotatedElement> carriers) {
    if (OPTIONALS.contains(component.getType())) {
      return Nulls.OPTIONAL;
    }
    if (component.getType().isPrimitive()) {
      return Nulls.REQUIRED;
    }
    if (namedNullable(component.getAnnotatedType().getAnnotations())) {
      return Nulls.NULLABLE;
    }
    for (AnnotatedElement element : carriers) {
      if (namedNullable(element.getAnnotations())) {
        return Nulls.NULLABLE;
      }
    }
    return Nulls.REQUIRED;
  }

  /** The component and the members javac may have copied its annotations to. */
  private static List<AnnotatedElement> carriers(RecordComponent component, Parameter parameter) {
    List<AnnotatedElement> elements = new ArrayList<>(4);
    elements.add(component);
    elements.add(component.getAccessor());
    try {
      Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
      elements.add(field);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("record component without its field: " + component, e);
    }
    elements.add(parameter);
    return elements;
  }

  /** True if an annotation whose simple name is {@code Nullable} is among {@code annotations}. */
  static boolean namedNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
