package dev.promptfit.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.parse.Template;
import dev.promptfit.processor.parse.Template.Literal;
import dev.promptfit.processor.parse.Template.Part;
import dev.promptfit.processor.parse.Template.Placeholder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles a template into one Java expression of constant pieces joined by {@code +}, so nothing
 * parses templates at run time and an argument is never re-scanned: {@code "Translate " + text +
 * " into " + language + "."}.
 *
 * <p>{@code +} is string concatenation only once one operand is a string, so a template that
 * starts with two placeholders ({@code {a}{b}} with two {@code int}s) wraps the first in {@code
 * String.valueOf}; so does a template that is a single placeholder, whose value must still become
 * a string. A {@code char[]} is always passed through {@code String.valueOf(char[])}, because
 * concatenation would print the array's identity instead of its characters.
 *
 * <p>A parameter named {@code String} hides the class in the method body ({@code
 * String.valueOf(String)} would call {@code valueOf} on the argument); there the same conversions
 * are written {@code "" + x} and {@code new String(chars)}, which mean the same.
 */
final class TemplateRenderer {
  private TemplateRenderer() {}

  /**
   * The expression for {@code template}, whose placeholders are all keys of {@code parameters}
   * (the validator made sure of that); {@code stringHidden} when a parameter is named {@code
   * String}.
   */
  static CodeBlock render(
      Template template, Map<String, Parameter> parameters, boolean stringHidden) {
    List<Part> parts = template.parts();
    if (parts.isEmpty()) {
      return CodeBlock.of("$L", JavaLiterals.string(""));
    }
    List<Piece> pieces = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (part instanceof Literal literal) {
        literalLines(literal.text(), pieces);
      } else {
        Parameter parameter = parameters.get(((Placeholder) part).name());
        boolean firstOfTwo = i == 0 && (parts.size() == 1 || parts.get(1) instanceof Placeholder);
        pieces.add(new Piece(convert(parameter, firstOfTwo, stringHidden), false));
      }
    }
    CodeBlock.Builder expression = CodeBlock.builder().add(pieces.get(0).code());
    for (int i = 1; i < pieces.size(); i++) {
      expression.add(pieces.get(i - 1).endsLine() ? " +\n$L" : " + $L", pieces.get(i).code());
    }
    return expression.build();
  }

  private static CodeBlock convert(Parameter parameter, boolean toString, boolean stringHidden) {
    if (parameter.isCharArray()) {
      return CodeBlock.of(stringHidden ? "new String($N)" : "String.valueOf($N)", parameter.name());
    }
    if (toString) {
      return CodeBlock.of(stringHidden ? "\"\" + $N" : "String.valueOf($N)", parameter.name());
    }
    return CodeBlock.of("$N", parameter.name());
  }

  /**
   * A literal as one string literal per line, so a multi-line prompt reads as lines in the
   * generated source (javac folds them back into one constant). Lines break only there, never
   * inside a concatenation, so each line of generated code is one recognisable piece of prompt.
   */
  private static void literalLines(String text, List<Piece> pieces) {
    int start = 0;
    for (int newline = text.indexOf('\n'); newline >= 0 && newline < text.length() - 1;
        newline = text.indexOf('\n', start)) {
      pieces.add(literal(text.substring(start, newline + 1)));
      start = newline + 1;
    }
    pieces.add(literal(text.substring(start)));
  }

  private static Piece literal(String text) {
    return new Piece(CodeBlock.of("$L", JavaLiterals.string(text)), text.endsWith("\n"));
  }

  /** One operand of the concatenation; {@code endsLine} when the next starts a new line. */
  private record Piece(CodeBlock code, boolean endsLine) {}
}
