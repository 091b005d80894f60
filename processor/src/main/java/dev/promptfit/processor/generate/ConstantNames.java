package dev.promptfit.processor.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the {@code PromptMethod} constants: the method name in UPPER_SNAKE ({@code askQuestion}
 * → {@code ASK_QUESTION}, {@code parseHTMLPage} → {@code PARSE_HTML_PAGE}); where that name is
 * already taken, by an overload or by another method that converts to the same name, the first
 * free one of {@code NAME_2}, {@code NAME_3}, ... in declaration order.
 */
final class ConstantNames {
  private ConstantNames() {}

  /** One constant name per method name, in the same order. */
  static List<String> assign(List<String> methodNames) {
    Set<String> taken = new HashSet<>();
    List<String> result = new ArrayList<>();
    for (String methodName : methodNames) {
      result.add(free(upperSnake(methodName), taken));
    }
    return result;
  }

  /**
   * {@code base}, or the first of {@code base_2}, {@code base_3}, ... that is not in {@code
   * taken}; added to {@code taken}. A typed method's schema constant is its descriptor constant's
   * name with {@code _SCHEMA}, taken this way after every descriptor constant.
   */
  static String free(String base, Set<String> taken) {
    String name = base;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "_" + n;
    }
    return name;
  }

  /**
   * A word starts at an upper-case letter that follows a lower-case letter or digit, or that
   * ends a run of capitals ({@code HTMLPage} → {@code HTML_PAGE}).
   */
  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char previous = name.charAt(i - 1);
        boolean afterLower = Character.isLowerCase(previous) || Character.isDigit(previous);
        boolean endsCapitals =
            Character.isUpperCase(previous)
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if (afterLower || endsCapitals) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }
}
