package dev.promptfit.processor.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the answers' JSON schemas on the wire ({@code text.format.name}, {@code
 * json_schema.name}): {@code <Interface>_<method>}, nested interface names joined with {@code _},
 * e.g. {@code Extractor_invoice} or {@code Outer_Inner_ask}. The services accept only {@code
 * [a-zA-Z0-9_-]{1,64}}, so any other character becomes {@code _}, and a longer name keeps its first
 * 55 characters and ends with {@code _} and eight hex digits of a hash of the whole name. Within
 * one interface each name is unique: an overload, or a method whose name comes out the same, gets
 * the first free {@code _2}, {@code _3}, ... in declaration order, the name shortened to make room.
 */
final class SchemaNames {
  static final int MAX_LENGTH = 64;

  private SchemaNames() {}

  /** One schema name per method name, in the same order. */
  static List<String> assign(String interfaceName, List<String> methodNames) {
    Set<String> taken = new HashSet<>();
    List<String> result = new ArrayList<>();
    for (String methodName : methodNames) {
      String base = base(interfaceName.replace('.', '_') + "_" + methodName);
      String name = base;
      for (int n = 2; !taken.add(name); n++) {
        String suffix = "_" + n;
        name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())) + suffix;
      }
      result.add(name);
    }
    return result;
  }

  /** {@code name} made valid: the allowed characters, at most 64 of them. */
  static String base(String name) {
    StringBuilder valid = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
              || c == '-';
      valid.append(allowed ? c : '_');
    }
    if (valid.length() <= MAX_LENGTH) {
      return valid.toString();
    }
    String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
    return valid.substring(0, MAX_LENGTH - hash.length() - 1) + "_" + hash;
  }
}
