package dev.promptfit.internal.output;

import dev.promptfit.internal.Types;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Builds the reader of a type and, through it, of every type it contains, checking on the
 * way that each is one the processor supports (API.md section 7, the processor's {@code
 * TypeWalker}). The processor rejects the rest at compile time, so a failure here means a generated
 * class and this runtime disagree; its message names the path to the type, as the processor's does.
 *
 * <p>Records may contain themselves: a record's reader is registered before its components' are
 * built, and the components are set on it afterwards. A generic record is read with its type
 * arguments applied to its components, one reader per use ({@code Page<Person>}, {@code
 * Page<Order>}). A {@code Nullable} type annotation anywhere in a component's type ({@code
 * List<@Nullable String>}) lets that value be null, as the schema does.
 */
final class Readers {
  private final Map<Type, RecordReader> records = new HashMap<>();
  private final Set<Class<?>> building = new HashSet<>();

  private Readers() {}

  /** The reader of {@code type}; {@code root} names it in messages. */
  static ValueReader of(Type type, String root) {
    return new Readers().build(type, null, root);
  }

  private ValueReader build(Type type, @Nullable AnnotatedType annotated, String where) {
    ValueReader reader = type(type, annotated, where);
    boolean nullable =
        annotated != null
            && RecordModel.namedNullable(annotated.getAnnotations())
            && !(reader instanceof OptionalReader)
            && !(type instanceof Class<?> c && c.isPrimitive());
    return nullable ? new NullableReader(reader) : reader;
  }

  private ValueReader type(Type type, @Nullable AnnotatedType annotated, String where) {
    if (type instanceof Class<?> c) {
      ValueReader known = ScalarReader.of(c);
      if (known == null) {
        known = OptionalReader.primitive(c);
      }
      if (known != null) {
        return known;
      }
      if (c.isEnum()) {
        return new EnumReader(EnumModel.of(c));
      }
      if (c.isRecord() && c.getTypeParameters().length == 0) {
        return record(c, c, Map.of(), where);
      }
      if (c.isInterface() && c.isSealed() && c.getTypeParameters().length == 0) {
        return sealed(c, where);
      }
      if (c.isArray() && c.getComponentType() != char.class) {
        ValueReader element = build(c.getComponentType(), component(annotated), where + "[]");
        return new CollectionReader(
            TypeNames.of(c), CollectionReader.Kind.ARRAY, c.getComponentType(), element);
      }
    } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] arguments = p.getActualTypeArguments();
      if (raw == List.class || raw == Set.class) {
        return new CollectionReader(
            TypeNames.of(type),
            raw == List.class ? CollectionReader.Kind.LIST : CollectionReader.Kind.SET,
            null,
            build(arguments[0], argument(annotated), where + "[]"));
      }
      if (raw == Optional.class && !isOptional(arguments[0])) {
        return OptionalReader.of(build(arguments[0], argument(annotated), where));
      }
      if (raw.isRecord()) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        TypeVariable<?>[] parameters = raw.getTypeParameters();
        for (int i = 0; i < parameters.length; i++) {
          bindings.put(parameters[i], arguments[i]);
        }
        return record(type, raw, bindings, where);
      }
    } else if (type instanceof GenericArrayType a) {
      Type component = a.getGenericComponentType();
      if (component instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
        return new CollectionReader(
            TypeNames.of(type),
            CollectionReader.Kind.ARRAY,
            raw,
            build(component, component(annotated), where + "[]"));
      }
    }
    throw new IllegalArgumentException(
        where
            + ": type "
            + TypeNames.of(type)
            + " cannot be read from JSON; use a record, an enum, a sealed interface of records, a"
            + " String, a number, a boolean, a date/time, a UUID, a URI, or a List, Set, array or"
            + " Optional of those");
  }

  private RecordReader record(
      Type type, Class<?> raw, Map<TypeVariable<?>, Type> bindings, String where) {
    RecordReader known = records.get(type);
    if (known != null) {
      return known;
    }
    if (!building.add(raw)) {
      // Box<T>(Box<List<T>> inner) would need Box<List<List<T>>> and so on without end.
      throw new IllegalArgumentException(
          where + ": record " + TypeNames.of(type) + " contains itself with other type arguments");
    }
    RecordModel model;
    try {
      model = RecordModel.of(raw);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    RecordReader reader = new RecordReader(model, TypeNames.of(type));
    records.put(type, reader);
    List<RecordModel.Component> components = model.components();
    ValueReader[] readers = new ValueReader[components.size()];
    for (int i = 0; i < readers.length; i++) {
      RecordModel.Component component = components.get(i);
      if (component.nulls() != RecordModel.Nulls.IGNORED) {
        readers[i] =
            build(
                resolve(component.type(), bindings),
                component.annotatedType(),
                where + "." + component.name());
      }
    }
    reader.resolve(readers);
    building.remove(raw);
    return reader;
  }

  private SealedReader sealed(Class<?> type, String where) {
    SealedModel model;
    try {
      model = SealedModel.of(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    Map<Class<?>, RecordReader> subtypes = new LinkedHashMap<>();
    for (Class<?> subtype : model.subtypes()) {
      if (subtype.getTypeParameters().length > 0) {
        throw new IllegalArgumentException(
            where + ": the permitted record " + TypeNames.of(subtype) + " is generic");
      }
      String variant = where + "(" + subtype.getSimpleName() + ")";
      subtypes.put(subtype, record(subtype, subtype, Map.of(), variant));
    }
    return new SealedReader(model, subtypes);
  }

  /** {@code type} with the record's type variables replaced by the use's type arguments. */
  private static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
    if (bindings.isEmpty()) {
      return type;
    }
    if (type instanceof TypeVariable<?> variable) {
      return bindings.getOrDefault(variable, variable);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type[] arguments = p.getActualTypeArguments();
      Type[] resolved = new Type[arguments.length];
      for (int i = 0; i < arguments.length; i++) {
        resolved[i] = resolve(arguments[i], bindings);
      }
      return Types.parameterized(raw, resolved);
    }
    if (type instanceof GenericArrayType a) {
      Type component = resolve(a.getGenericComponentType(), bindings);
      return component instanceof Class<?> c
          ? Array.newInstance(c, 0).getClass()
          : new ArrayOf(component);
    }
    return type;
  }

  /** An array of a generic type, as resolving a record's {@code T[]} can make one. */
  private record ArrayOf(Type getGenericComponentType) implements GenericArrayType {
    @Override
    public String toString() {
      return getGenericComponentType.getTypeName() + "[]";
    }
  }

  private static @Nullable AnnotatedType argument(@Nullable AnnotatedType annotated) {
    return annotated instanceof AnnotatedParameterizedType p
            && p.getAnnotatedActualTypeArguments().length > 0
        ? p.getAnnotatedActualTypeArguments()[0]
        : null;
  }

  private static @Nullable AnnotatedType component(@Nullable AnnotatedType annotated) {
    return annotated instanceof AnnotatedArrayType a ? a.getAnnotatedGenericComponentType() : null;
  }

  private static boolean isOptional(Type type) {
    Type raw = type instanceof ParameterizedType p ? p.getRawType() : type;
    return raw == Optional.class
        || raw == java.util.OptionalInt.class
        || raw == java.util.OptionalLong.class
        || raw == java.util.OptionalDouble.class;
  }
}
