package dev.promptfit.internal.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. An enum's constants by the names the schema lists: a constant's non-blank
 * {@code @JsonProperty} value, else its {@link Enum#name()}, as the processor writes them. Tolerant
 * reading may also match ignoring case, where that picks one constant.
 */
final class EnumModel {
  private static final ClassValue<EnumModel> MODELS =
      new ClassValue<>() {
        @Override
        protected EnumModel computeValue(Class<?> type) {
          return new EnumModel(type);
        }
      };

  private final Class<?> type;
  private final Map<String, Object> byName = new HashMap<>();
  private final Map<String, Object> byLowerCaseName = new HashMap<>();
  private final List<String> names = new ArrayList<>();

  private EnumModel(Class<?> type) {
    Object[] constants = type.getEnumConstants();
    if (constants == null) {
      throw new IllegalArgumentException(type.getName() + " is not an enum");
    }
    this.type = type;
    List<String> ambiguous = new ArrayList<>();
    for (Object constant : constants) {
      String name = nameOf(type, (Enum<?>) constant);
      if (byName.put(name, constant) != null) {
        throw new IllegalArgumentException(
            "enum " + TypeNames.of(type) + " has two constants named \"" + name + "\" in JSON");
      }
      names.add(name);
      String lower = name.toLowerCase(Locale.ROOT);
      if (byLowerCaseName.put(lower, constant) != null) {
        ambiguous.add(lower);
      }
    }
    ambiguous.forEach(byLowerCaseName::remove);
  }

  static EnumModel of(Class<?> type) {
    return MODELS.get(type);
  }

  Class<?> type() {
    return type;
  }

  /** The JSON names, in declaration order. */
  List<String> names() {
    return names;
  }

  /** The constant named {@code name}, ignoring case if {@code ignoreCase}, or null. */
  @Nullable Object constant(String name, boolean ignoreCase) {
    Object exact = byName.get(name);
    if (exact != null || !ignoreCase) {
      return exact;
    }
    return byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
  }

  private static String nameOf(Class<?> type, Enum<?> constant) {
    try {
      JsonProperty property = type.getField(constant.name()).getAnnotation(JsonProperty.class);
      return property != null && !property.value().isBlank() ? property.value() : constant.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("an enum constant without its field: " + constant, e);
    }
  }
}
