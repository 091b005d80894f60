package dev.promptfit.internal.output;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Not API. Builds the reader of a type and, through it, of every type it contains, checking on the
 * way that each is one the processor supports (see {@code API.md} §7). The processor rejects the
 * rest at compile time, so a failure here means a generated class and this runtime disagree; its
 * message names the path to the type, as the processor's does.
 *
 * <p>Records may contain themselves: a record's reader is registered before its components' are
 * built, and the components are set on it afterwards.
 */
final class Readers {
  private final Map<Class<?>, RecordReader> records = new HashMap<>();

  private Readers() {}

  /** The reader of {@code type}; {@code root} names it in messages. */
  static ValueReader of(Type type, String root) {
    return new Readers().build(type, root);
  }

  private ValueReader build(Type type, String where) {
    if (type instanceof Class<?> c) {
      ScalarReader scalar = ScalarReader.of(c);
      if (scalar != null) {
        return scalar;
      }
      if (c.isEnum()) {
        return new EnumReader(EnumModel.of(c));
      }
      if (c.isRecord()) {
        return record(c, where);
      }
      if (c.isInterface() && c.isSealed()) {
        return sealed(c, where);
      }
      if (c.isArray()) {
        ValueReader element = build(c.getComponentType(), where + "[]");
        return new CollectionReader(
            TypeNames.of(c), CollectionReader.Kind.ARRAY, c.getComponentType(), element);
      }
    } else if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      Type argument = p.getActualTypeArguments()[0];
      if (raw == List.class || raw == Set.class) {
        return new CollectionReader(
            TypeNames.of(type),
            raw == List.class ? CollectionReader.Kind.LIST : CollectionReader.Kind.SET,
            null,
            build(argument, where + "[]"));
      }
      if (raw == Optional.class && !isOptional(argument)) {
        return new OptionalReader(build(argument, where));
      }
    } else if (type instanceof GenericArrayType a) {
      Type component = a.getGenericComponentType();
      if (component instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
        return new CollectionReader(
            TypeNames.of(type), CollectionReader.Kind.ARRAY, raw, build(component, where + "[]"));
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

  private RecordReader record(Class<?> type, String where) {
    RecordReader known = records.get(type);
    if (known != null) {
      return known;
    }
    RecordModel model;
    try {
      model = RecordModel.of(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    RecordReader reader = new RecordReader(model);
    records.put(type, reader);
    List<RecordModel.Component> components = model.components();
    ValueReader[] readers = new ValueReader[components.size()];
    for (int i = 0; i < readers.length; i++) {
      RecordModel.Component component = components.get(i);
      readers[i] = build(component.type(), where + "." + component.name());
    }
    reader.resolve(readers);
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
      subtypes.put(subtype, record(subtype, where + "(" + SealedModel.nameOf(subtype) + ")"));
    }
    return new SealedReader(model, subtypes);
  }

  private static boolean isOptional(Type type) {
    return type == Optional.class
        || type instanceof ParameterizedType p && p.getRawType() == Optional.class;
  }
}
