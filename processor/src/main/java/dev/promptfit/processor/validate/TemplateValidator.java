package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.Parameter;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.model.Special;
import dev.promptfit.processor.parse.ParseResult;
import dev.promptfit.processor.parse.Template;
import dev.promptfit.processor.parse.TemplateParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import javax.lang.model.type.TypeKind;

/**
 * Checks a method's templates against its parameters, both ways: every placeholder must name a
 * parameter, and every ordinary parameter must appear in some template (an unused argument is
 * almost always a prompt that silently lost information).
 */
final class TemplateValidator {
  private TemplateValidator() {}

  /** One parsed template and how messages name it. */
  private record Source(Template template, String where, Anchor anchor) {}

  static void check(InterfaceModel type, MethodModel method, ValidationReport report) {
    List<Source> sources = new ArrayList<>();
    boolean complete = parse(method, method.prompt(), "@Prompt", "@Prompt", sources, report);
    Optional<Setting<String>> instructions = method.effective().instructions();
    if (instructions.isPresent()) {
      String where =
          method.instructionsFromInterface()
              ? "@Instructions of interface " + method.interfaceName()
              : "@Instructions";
      // The interface reports its own syntax errors once; here only its placeholders matter.
      String syntaxWhere = method.instructionsFromInterface() ? null : where;
      complete &= parse(method, instructions, where, syntaxWhere, sources, report);
    }
    List<String> placeholders =
        method.parameters().stream()
            .filter(p -> !p.isSpecial() && !Special.mentionsSpecialType(p.type()))
            .map(Parameter::placeholder)
            .toList();
    if (namesMissing(type, method)
        && sources.stream()
            .flatMap(s -> s.template().placeholderNames().stream())
            .anyMatch(name -> !placeholders.contains(name))) {
      report.error(
          Messages.parameterNamesMissing(
              type.displayName(), method.signature(), method.interfaceName(),
              method.parameters().stream().map(Parameter::name).toList()),
          Anchor.of(type.element()));
      return;
    }
    Set<String> used = new HashSet<>();
    for (Source source : sources) {
      checkPlaceholders(method, source, placeholders, used, report);
    }
    if (complete) {
      checkParameters(type, method, used, report);
    }
  }

  /**
   * Parses one template into {@code sources}; false if it could not be parsed, since then which
   * parameters it uses is unknown. A syntax error is reported only when {@code syntaxWhere} is
   * given.
   */
  private static boolean parse(
      MethodModel method, Optional<Setting<String>> source, String where, String syntaxWhere,
      List<Source> sources, ValidationReport report) {
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
    sources.add(new Source(((ParseResult.Parsed) result).template(), where, anchor));
    return true;
  }

  private static void checkPlaceholders(
      MethodModel method, Source source, List<String> placeholders, Set<String> used,
      ValidationReport report) {
    for (String name : source.template().placeholderNames()) {
      used.add(name);
      if (placeholders.contains(name)) {
        continue;
      }
      boolean namesCallOptions =
          method.parameters().stream().anyMatch(p -> p.callOptions() && p.name().equals(name));
      Optional<Parameter> special =
          method.parameters().stream()
              .filter(p -> p.isSpecial() && !p.callOptions() && p.name().equals(name))
              .findFirst();
      if (special.isPresent()) {
        // The mistake is the parameter's: it cannot be a placeholder, whatever the template says.
        report.error(
            Messages.specialPlaceholder(
                method.displayName(), name, source.where(), special.get().special().display()),
            Anchor.of(special.get().element()));
        continue;
      }
      String message =
          namesCallOptions
              ? Messages.callOptionsPlaceholder(method.displayName(), name, source.where())
              : Messages.unknownPlaceholder(
                  method.displayName(), name, source.where(), placeholders,
                  Suggestions.closest(name, placeholders));
      report.error(message, source.anchor());
    }
  }

  /**
   * Every ordinary parameter must be used; one that is used but is an array other than {@code
   * char[]} prints as its identity, which is legal and almost never meant.
   */
  private static void checkParameters(
      InterfaceModel type, MethodModel method, Set<String> used, ValidationReport report) {
    boolean own = method.declaringInterface().equals(type.element());
    for (Parameter parameter : method.parameters()) {
      if (parameter.isSpecial()
          || Special.mentionsSpecialType(parameter.type())
          || !TemplateParser.isIdentifier(parameter.placeholder())) {
        continue;
      }
      if (!used.contains(parameter.placeholder())) {
        report.error(
            Messages.unusedParameter(method.displayName(), parameter),
            Anchor.of(parameter.element()));
      } else if (own
          && parameter.type().getKind() == TypeKind.ARRAY
          && !parameter.isCharArray()) {
        report.warning(
            Messages.arrayPlaceholder(method.displayName(), parameter, parameter.type()),
            Anchor.of(parameter.element()));
      }
    }
  }

  /**
   * Whether the method comes from a class file compiled without {@code -parameters}: javac then
   * names its parameters {@code arg0}, {@code arg1}, ..., since an abstract method has no local
   * variable table to take names from either.
   */
  private static boolean namesMissing(InterfaceModel type, MethodModel method) {
    List<Parameter> parameters = method.parameters();
    return !method.declaringInterface().equals(type.element())
        && !parameters.isEmpty()
        && IntStream.range(0, parameters.size())
            .allMatch(i -> parameters.get(i).name().equals("arg" + i));
  }
}
