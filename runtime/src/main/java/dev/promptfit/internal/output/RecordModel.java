package dev.promptfit.internal.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
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
import org.jspecify.annotations.Nullable;

/**
 * Not API. What binding needs to know about one record class, found by reflection once per class:
 * each component's JSON name, generic type and whether it may be null, and the canonical
 * constructor.
 *
 * <p>Names follow the processor's schema: the component's name, or the value of Jackson's
 * {@code @JsonProperty} on it (javac copies a component's annotations to the accessor, the field
 * and the constructor parameter, whichever the annotation's target allows). A component may be null
 * when its type is {@code Optional} or it carries any annotation whose simple name is {@code
 * Nullable}, on the declaration or on the type (JSpecify's is a type-use annotation).
 */
final class RecordModel {
  private static final ClassValue<RecordModel> MODELS =
      new ClassValue<>() {
        @Override
        protected RecordModel computeValue(Class<?> type) {
          return new RecordModel(type);
        }
      };

  /** How a component treats null and absence. */
  enum Nulls {
    /** Present and not null, or the answer is wrong. */
    REQUIRED,
    /** {@code @Nullable}: null, or absent, binds to null. */
    NULLABLE,
    /** {@code Optional}: null, or absent, binds to {@code Optional.empty()}. */
    OPTIONAL
  }

  /** One component: JSON name, declared type and its null rule. */
  record Component(String name, Type type, Nulls nulls) {}

  private final Class<?> type;
  private final List<Component> components;
  private final Map<String, Integer> indexByName;
  private final Constructor<?> constructor;

  private RecordModel(Class<?> type) {
    if (!type.isRecord()) {
      throw new IllegalArgumentException(type.getName() + " is not a record");
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
      String name = jsonName(component, parameters[i]);
      if (indexByName.put(name, i) != null) {
        throw new IllegalArgumentException(
            "record " + type.getName() + " has two components named \"" + name + "\" in JSON");
      }
      components.add(
          new Component(name, component.getGenericType(), nulls(component, parameters[i])));
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

  /** The component's index, or -1 if the record has no component of that JSON name. */
  int indexOf(String name) {
    Integer index = indexByName.get(name);
    return index == null ? -1 : index;
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

  private static String jsonName(RecordComponent component, Parameter parameter) {
    for (AnnotatedElement element : declarations(component, parameter)) {
      JsonProperty property = element.getAnnotation(JsonProperty.class);
      if (property != null && !property.value().isEmpty()) {
        return property.value();
      }
    }
    return component.getName();
  }

  private static Nulls nulls(RecordComponent component, Parameter parameter) {
    if (component.getType() == Optional.class) {
      return Nulls.OPTIONAL;
    }
    if (component.getType().isPrimitive()) {
      return Nulls.REQUIRED;
    }
    if (namedNullable(component.getAnnotatedType().getAnnotations())) {
      return Nulls.NULLABLE;
    }
    for (AnnotatedElement element : declarations(component, parameter)) {
      if (namedNullable(element.getAnnotations())) {
        return Nulls.NULLABLE;
      }
    }
    return Nulls.REQUIRED;
  }

  /** The places javac may have copied a component's declaration annotations to. */
  private static List<AnnotatedElement> declarations(
      RecordComponent component, Parameter parameter) {
    List<AnnotatedElement> elements = new ArrayList<>(4);
    elements.add(component);
    elements.add(component.getAccessor());
    elements.add(parameter);
    try {
      Field field = component.getDeclaringRecord().getDeclaredField(component.getName());
      elements.add(field);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("record component without its field: " + component, e);
    }
    return elements;
  }

  private static boolean namedNullable(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().getSimpleName().equals("Nullable")) {
        return true;
      }
    }
    return false;
  }
}
