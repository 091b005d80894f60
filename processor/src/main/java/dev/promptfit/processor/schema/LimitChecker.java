package dev.promptfit.processor.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures a rendered schema against OpenAI's {@linkplain Limit limits}, counted as {@link Limit}
 * describes. Nesting follows {@code $ref}s into their definitions, stopping where a reference
 * closes a cycle; each definition's depth is measured once, so a schema that shares definitions
 * widely costs no more than its size.
 */
final class LimitChecker {
  private final Map<String, Object> root;
  private final Map<String, Depth> measured = new HashMap<>();
  private long properties;
  private long characters;
  private long enumValues;

  /**
   * The deepest nesting of a schema, and the path to it in JSON property names: {@code .name}
   * for a property, {@code []} for the items of an array.
   */
  private record Depth(int levels, String path) {}

  private LimitChecker(Map<String, Object> root) {
    this.root = root;
  }

  /** The limits {@code schema} is over, in {@link Limit} order. */
  static List<LimitExceeded> check(Map<String, Object> schema) {
    LimitChecker checker = new LimitChecker(schema);
    checker.count(schema);
    Set<String> onPath = new HashSet<>();
    onPath.add("#");
    Depth depth = checker.depth(schema, onPath);
    List<LimitExceeded> exceeded = new ArrayList<>();
    over(Limit.PROPERTIES, checker.properties, "", exceeded);
    String deepest = depth.path().startsWith(".") ? depth.path().substring(1) : depth.path();
    over(Limit.NESTING, depth.levels(), deepest, exceeded);
    over(Limit.CHARACTERS, checker.characters, "", exceeded);
    over(Limit.ENUM_VALUES, checker.enumValues, "", exceeded);
    return exceeded;
  }

  private static void over(Limit limit, long actual, String where, List<LimitExceeded> into) {
    if (actual > limit.maximum()) {
      into.add(new LimitExceeded(limit, actual, where));
    }
  }

  private void count(Object node) {
    if (!(node instanceof Map<?, ?> schema)) {
      return;
    }
    if (schema.get("properties") instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> property : map.entrySet()) {
        properties++;
        characters += property.getKey().toString().length();
        count(property.getValue());
      }
    }
    if (schema.get("$defs") instanceof Map<?, ?> defs) {
      for (Map.Entry<?, ?> definition : defs.entrySet()) {
        characters += definition.getKey().toString().length();
        count(definition.getValue());
      }
    }
    if (schema.get("enum") instanceof List<?> values) {
      for (Object value : values) {
        enumValues++;
        characters += String.valueOf(value).length();
      }
    }
    if (schema.get("const") != null) {
      characters += schema.get("const").toString().length();
    }
    count(schema.get("items"));
    if (schema.get("anyOf") instanceof List<?> options) {
      options.forEach(this::count);
    }
  }

  private Depth depth(Object node, Set<String> onPath) {
    if (!(node instanceof Map<?, ?> schema)) {
      return new Depth(0, "");
    }
    if (schema.get("$ref") instanceof String ref) {
      if (onPath.contains(ref)) {
        return new Depth(0, "");
      }
      Depth known = measured.get(ref);
      if (known != null) {
        return known;
      }
      onPath.add(ref);
      Depth depth = depth(target(ref), onPath);
      onPath.remove(ref);
      measured.put(ref, depth);
      return depth;
    }
    boolean object = isObject(schema.get("type"));
    Depth deepest = new Depth(0, "");
    if (schema.get("properties") instanceof Map<?, ?> map) {
      for (Map.Entry<?, ?> property : map.entrySet()) {
        Depth below = depth(property.getValue(), onPath);
        if (below.levels() > deepest.levels()) {
          deepest = new Depth(below.levels(), "." + property.getKey() + below.path());
        }
      }
    }
    if (schema.get("items") != null) {
      Depth items = depth(schema.get("items"), onPath);
      if (items.levels() >= deepest.levels()) {
        deepest = new Depth(items.levels(), "[]" + items.path());
      }
    }
    if (schema.get("anyOf") instanceof List<?> options) {
      for (Object option : options) {
        Depth below = depth(option, onPath);
        if (below.levels() > deepest.levels()) {
          deepest = below;
        }
      }
    }
    return object ? new Depth(deepest.levels() + 1, deepest.path()) : deepest;
  }

  private static boolean isObject(Object type) {
    return "object".equals(type) || (type instanceof List<?> types && types.contains("object"));
  }

  private Object target(String ref) {
    if (ref.equals("#")) {
      return root;
    }
    String prefix = "#/$defs/";
    if (ref.startsWith(prefix) && root.get("$defs") instanceof Map<?, ?> defs) {
      return defs.get(ref.substring(prefix.length()));
    }
    return null;
  }
}
