package dev.promptfit.internal.output;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.List;
import java.util.StringJoiner;

/**
 * Not API. Java types as messages name them, as the processor's messages do: simple names, a nested
 * type with its enclosing types' ({@code Extractor.Line}), type arguments and array brackets
 * ({@code List<Line>}, {@code int[]}), with the right article.
 */
final class TypeNames {
  /** How many choices a message lists. */
  static final int LISTED = 20;

  private TypeNames() {}

  static String of(Type type) {
    if (type instanceof Class<?> c) {
      if (c.isArray()) {
        return of(c.getComponentType()) + "[]";
      }
      Class<?> outer = c.isMemberClass() ? c.getEnclosingClass() : null;
      return outer == null ? c.getSimpleName() : of(outer) + "." + c.getSimpleName();
    }
    if (type instanceof ParameterizedType p) {
      StringJoiner arguments = new StringJoiner(", ", "<", ">");
      for (Type argument : p.getActualTypeArguments()) {
        arguments.add(of(argument));
      }
      return of(p.getRawType()) + arguments;
    }
    if (type instanceof GenericArrayType a) {
      return of(a.getGenericComponentType()) + "[]";
    }
    if (type instanceof WildcardType w) {
      Type[] lower = w.getLowerBounds();
      Type[] upper = w.getUpperBounds();
      return lower.length > 0
          ? "? super " + of(lower[0])
          : upper.length > 0 && upper[0] != Object.class ? "? extends " + of(upper[0]) : "?";
    }
    return type.getTypeName();
  }

  /** {@code an int}, {@code a List<Line>}, {@code a UUID}, {@code an Invoice}. */
  static String withArticle(String name) {
    return (startsWithVowelSound(name) ? "an " : "a ") + name;
  }

  /** {@code A, B, C} for a message, at most {@link #LISTED} names and then how many in all. */
  static String list(List<String> names) {
    StringJoiner out = new StringJoiner(", ");
    for (int i = 0; i < Math.min(names.size(), LISTED); i++) {
      out.add(names.get(i));
    }
    return names.size() > LISTED ? out + ", … (" + names.size() + " in all)" : out.toString();
  }

  private static boolean startsWithVowelSound(String name) {
    if (name.isEmpty()) {
      return false;
    }
    if (name.startsWith("UU") || name.startsWith("URI") || name.startsWith("URL")) {
      return false; // said "you-you-id", "you-are-eye"
    }
    return "AEIOUaeiou".indexOf(name.charAt(0)) >= 0;
  }
}
