package dev.promptfit.internal.output;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. An enum's constants by the names the schema lists: {@link Enum#name()}. Tolerant reading
 * may also match ignoring case, where that picks one constant.
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
      String name = ((Enum<?>) constant).name();
      byName.put(name, constant);
      names.add(name);
      if (byLowerCaseName.put(name.toLowerCase(Locale.ROOT), constant) != null) {
        ambiguous.add(name.toLowerCase(Locale.ROOT));
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
}
