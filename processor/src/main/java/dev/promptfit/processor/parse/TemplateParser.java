package dev.promptfit.processor.parse;

import dev.promptfit.processor.parse.Template.Literal;
import dev.promptfit.processor.parse.Template.Part;
import dev.promptfit.processor.parse.Template.Placeholder;
import dev.promptfit.processor.parse.TemplateError.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses template syntax. Needs nothing from javac, so it is tested on its own.
 *
 * <p>The grammar: {@code {name}} is a placeholder whose name is a Java identifier;
 * <code>&#123;&#123;</code> and <code>&#125;&#125;</code> are a literal <code>&#123;</code> and
 * <code>&#125;</code>; every other character is literal. These are errors, reported with the
 * index of the brace where they start:
 *
 * <ul>
 *   <li>a <code>&#123;</code> that is not closed before the next <code>&#123;</code> or the end
 *       of the template;
 *   <li>a lone <code>&#125;</code>;
 *   <li>an empty placeholder {@code {}};
 *   <li>whitespace inside braces, {@code { name }}. Names are deliberately not trimmed: a space
 *       there is far more often a literal brace that should have been doubled (JSON in a prompt)
 *       than a placeholder, and a silent guess would send the wrong prompt;
 *   <li>any other name that is not a Java identifier, such as {@code {"key":1}}.
 * </ul>
 *
 * <p>{@code {{{name}}}} therefore reads as a literal brace, the placeholder, and a literal brace.
 */
public final class TemplateParser {
  private TemplateParser() {}

  /** Parses {@code source}, stopping at the first syntax error. */
  public static ParseResult parse(String source) {
    List<Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      boolean doubled = i + 1 < source.length() && source.charAt(i + 1) == c;
      if (c == '}') {
        if (!doubled) {
          return failed(Problem.UNOPENED_BRACE, i, "}");
        }
        literal.append('}');
        i += 2;
      } else if (c == '{') {
        if (doubled) {
          literal.append('{');
          i += 2;
          continue;
        }
        int close = closingBrace(source, i);
        if (close < 0) {
          return failed(Problem.UNCLOSED_BRACE, i, "{");
        }
        String name = source.substring(i + 1, close);
        Problem problem = checkName(name);
        if (problem != null) {
          return failed(problem, i, "{" + name + "}");
        }
        flush(literal, parts);
        parts.add(new Placeholder(name, i));
        i = close + 1;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, parts);
    return new ParseResult.Parsed(new Template(parts));
  }

  /** The index of the {@code }} closing the brace at {@code open}, or -1. */
  private static int closingBrace(String source, int open) {
    for (int j = open + 1; j < source.length(); j++) {
      char c = source.charAt(j);
      if (c == '}') {
        return j;
      }
      if (c == '{') {
        return -1;
      }
    }
    return -1;
  }

  private static Problem checkName(String name) {
    if (name.isEmpty()) {
      return Problem.EMPTY_PLACEHOLDER;
    }
    if (name.chars().anyMatch(Character::isWhitespace)) {
      return Problem.WHITESPACE_IN_PLACEHOLDER;
    }
    return isIdentifier(name) ? null : Problem.INVALID_NAME;
  }

  /**
   * Whether {@code name} can name a placeholder: a Java identifier, so every parameter name is
   * one. Ignorable characters are refused because they would be invisible in the source.
   */
  public static boolean isIdentifier(String name) {
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints()
        .allMatch(cp -> Character.isJavaIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
  }

  private static void flush(StringBuilder literal, List<Part> parts) {
    if (literal.length() > 0) {
      parts.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  private static ParseResult failed(Problem problem, int index, String text) {
    return new ParseResult.Failed(new TemplateError(problem, index, text));
  }
}
