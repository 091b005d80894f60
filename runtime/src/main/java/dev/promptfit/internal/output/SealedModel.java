package dev.promptfit.internal.output;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A sealed interface's permitted records, sealed subinterfaces flattened, by the name the
 * {@code "type"} property gives them: {@code @JsonTypeName}, else the record's simple name, as in
 * the processor's schema. Found from {@link Class#getPermittedSubclasses()}, so user types need no
 * Jackson annotation.
 */
final class SealedModel {
  /** The discriminator property of every sealed interface. */
  static final String TYPE_PROPERTY = "type";

  private static final ClassValue<SealedModel> MODELS =
      new ClassValue<>() {
        @Override
        protected SealedModel computeValue(Class<?> type) {
          return new SealedModel(type);
        }
      };

  private final Class<?> type;
  private final Map<String, Class<?>> byName;
  private final Map<String, Class<?>> byLowerCaseName;
  private final List<String> names;

  private SealedModel(Class<?> type) {
    if (!type.isInterface() || !type.isSealed()) {
      throw new IllegalArgumentException(TypeNames.of(type) + " is not a sealed interface");
    }
    this.type = type;
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    Map<String, Class<?>> byLowerCaseName = new LinkedHashMap<>();
    List<String> ambiguous = new ArrayList<>();
    for (Class<?> subtype : records(type, type, new ArrayList<>())) {
      String name = nameOf(subtype);
      Class<?> clash = byName.put(name, subtype);
      if (clash != null) {
        throw new IllegalArgumentException(
            "sealed interface "
                + TypeNames.of(type)
                + ": "
                + TypeNames.of(clash)
                + " and "
                + TypeNames.of(subtype)
                + " are both named \""
                + name
                + "\"; give one a @JsonTypeName");
      }
      String lower = name.toLowerCase(Locale.ROOT);
      if (byLowerCaseName.put(lower, subtype) != null) {
        ambiguous.add(lower);
      }
    }
    ambiguous.forEach(byLowerCaseName::remove);
    this.byName = Map.copyOf(byName);
    this.byLowerCaseName = Map.copyOf(byLowerCaseName);
    this.names = List.copyOf(byName.keySet());
  }

  static SealedModel of(Class<?> type) {
    return MODELS.get(type);
  }

  Class<?> type() {
    return type;
  }

  /** The names, in the order the interface permits the records. */
  List<String> names() {
    return names;
  }

  List<Class<?>> subtypes() {
    List<Class<?>> subtypes = new ArrayList<>(names.size());
    for (String name : names) {
      subtypes.add(byName.get(name));
    }
    return subtypes;
  }

  /** The record {@code name} stands for, ignoring case if {@code ignoreCase}, or null. */
  @Nullable Class<?> subtype(String name, boolean ignoreCase) {
    Class<?> exact = byName.get(name);
    if (exact != null || !ignoreCase) {
      return exact;
    }
    return byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * The records {@code type} permits, sealed subinterfaces flattened, in declaration order, as the
   * processor lists them.
   */
  private static List<Class<?>> records(Class<?> root, Class<?> type, List<Class<?>> into) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    if (permitted == null) {
      // A sealed type says what it permits; in a native image, only if it is registered.
      throw new IllegalArgumentException(
          "the records sealed interface "
              + TypeNames.of(type)
              + " permits are unknown here (in a native image, register it for reflection)");
    }
    for (Class<?> subtype : permitted) {
      if (into.contains(subtype)) {
        continue;
      }
      if (subtype.isRecord()) {
        into.add(subtype);
      } else if (subtype.isInterface() && subtype.isSealed()) {
        records(root, subtype, into);
      } else {
        throw new IllegalArgumentException(
            "sealed interface "
                + TypeNames.of(root)
                + " permits "
                + TypeNames.of(subtype)
                + ", which is neither a record nor a sealed interface");
      }
    }
    return into;
  }

  /** A record's {@code "type"} value: its non-blank {@code @JsonTypeName}, else its simple name. */
  static String nameOf(Class<?> subtype) {
    JsonTypeName typeName = subtype.getAnnotation(JsonTypeName.class);
    return typeName != null && !typeName.value().isBlank()
        ? typeName.value()
        : subtype.getSimpleName();
  }
}
