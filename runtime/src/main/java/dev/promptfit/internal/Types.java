package dev.promptfit.internal;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Not API. Builds the generic return types generated code describes, so neither side needs
 * reflection on the interface to know them.
 */
public final class Types {
  private Types() {}

  /** {@code raw<args>}, e.g. {@code parameterized(Stream.class, String.class)}. */
  public static ParameterizedType parameterized(Class<?> raw, Type... args) {
    return new ParameterizedTypeImpl(raw, args.clone());
  }

  /**
   * {@code component[]} for a generic component, e.g. {@code arrayOf(parameterized(List.class,
   * String.class))} for {@code List<String>[]}; generated code writes {@code Person[].class} where
   * the component is a class.
   */
  public static GenericArrayType arrayOf(Type component) {
    return new GenericArrayTypeImpl(Objects.requireNonNull(component, "component"));
  }

  private static final class GenericArrayTypeImpl implements GenericArrayType {
    private final Type component;

    GenericArrayTypeImpl(Type component) {
      this.component = component;
    }

    @Override
    public Type getGenericComponentType() {
      return component;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof GenericArrayType g && component.equals(g.getGenericComponentType());
    }

    @Override
    public int hashCode() {
      return component.hashCode();
    }

    @Override
    public String toString() {
      return component.getTypeName() + "[]";
    }
  }

  private static final class ParameterizedTypeImpl implements ParameterizedType {
    private final Class<?> raw;
    private final Type[] args;

    ParameterizedTypeImpl(Class<?> raw, Type[] args) {
      this.raw = Objects.requireNonNull(raw, "raw");
      this.args = args;
    }

    @Override
    public Type[] getActualTypeArguments() {
      return args.clone();
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public Type getOwnerType() {
      return raw.getEnclosingClass();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParameterizedType p
          && raw.equals(p.getRawType())
          && Objects.equals(getOwnerType(), p.getOwnerType())
          && Arrays.equals(args, p.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(args) ^ raw.hashCode() ^ Objects.hashCode(getOwnerType());
    }

    @Override
    public String toString() {
      return raw.getName()
          + Arrays.stream(args).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
    }
  }
}
