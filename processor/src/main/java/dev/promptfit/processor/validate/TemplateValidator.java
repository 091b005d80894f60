package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.parse.ParseResult;
import dev.promptfit.processor.parse.Template;
import dev.promptfit.processor.parse.TemplateParser;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a method's templates against its parameters, both ways: every placeholder must name a
 * parameter, and every ordinary parameter must appear in some template (an unused argument is
 * almost always a prompt that silently lost information).
 */
final class TemplateValidator {
  private TemplateValidator() {}

  static void check(MethodModel method, ValidationReport report) {
    Set<String> used = new HashSet<>();
    boolean complete =
        checkTemplate(method, method.prompt(), "@Prompt", "@Prompt", used, report);
    Optional<Setting<String>> instructions = method.effective().instructions();
    if (instructions.isPresent()) {
      String where =
          method.instructionsFromInterface()
              ? "@Instructions of interface " + method.interfaceName()
              : "@Instructions";
      // The interface reports its own syntax errors once; here only its placeholders matter.
      String syntaxWhere = method.instructionsFromInterface() ? null : where;
      complete &= checkTemplate(method, instructions, where, syntaxWhere, used, report);
    }
    if (complete) {
      for (Parameter parameter : method.parameters()) {
        if (!parameter.callOptions()
            && TemplateParser.isIdentifier(parameter.placeholder())
            && !used.contains(parameter.placeholder())) {
          report.error(
              Messages.unusedParameter(method.displayName(), parameter),
              Anchor.of(parameter.element()));
        }
      }
    }
  }

  /**
   * Checks one template, adding the names it uses to {@code used}; false if it could not be
   * parsed, since then which parameters it uses is unknown. A syntax error is reported only when
   * {@code syntaxWhere} is given.
   */
  private static boolean checkTemplate(
      MethodModel method, Optional<Setting<String>> source, String where, String syntaxWhere,
      Set<String> used, ValidationReport report) {
    if (source.isEmpty()) {
      return true;
    }
    Anchor anchor = source.get().anchor();
    ParseResult result = TemplateParser.parse(source.get().value());
    if (result instanceof ParseResult.Failed failed) {
      if (syntaxWhere != null) {
        report.error(
            Messages.templateSyntax(method.displayName(), syntaxWhere, failed.error()), anchor);
      }
      return false;
    }
    Template template = ((ParseResult.Parsed) result).template();
    List<String> placeholders =
        method.parameters().stream()
            .filter(p -> !p.callOptions())
            .map(Parameter::placeholder)
            .toList();
    for (String name : template.placeholderNames()) {
      used.add(name);
      if (placeholders.contains(name)) {
        continue;
      }
      boolean namesCallOptions =
          method.parameters().stream().anyMatch(p -> p.callOptions() && p.name().equals(name));
      String message =
          namesCallOptions
              ? Messages.callOptionsPlaceholder(method.displayName(), name, where)
              : Messages.unknownPlaceholder(
                  method.displayName(), name, where, placeholders,
                  Suggestions.closest(name, placeholders));
      report.error(message, anchor);
    }
    return true;
  }
}
