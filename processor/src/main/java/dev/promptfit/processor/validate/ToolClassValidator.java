package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.ToolClassModel;
import dev.promptfit.processor.model.ToolModel;
import dev.promptfit.processor.schema.LimitExceeded;
import dev.promptfit.processor.schema.SchemaProblem;
import dev.promptfit.processor.schema.SchemaResult;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Validates a class with {@code @Tool} methods (API.md section 8): each tool public and not
 * static nor generic, a valid name used once in the class, parameters and a result that strict
 * JSON schemas describe (a {@code String} result is sent as it is, {@code void} as {@code "ok"});
 * the class neither generic nor private. A type problem in a parameter is reported on that
 * parameter, every other problem on the method.
 */
public final class ToolClassValidator {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private ToolClassValidator() {}

  /** Everything wrong with {@code model}; its binder is written only if there is nothing. */
  public static ValidationReport validate(ToolClassModel model) {
    ValidationReport report = new ValidationReport();
    Anchor onClass = Anchor.of(model.element());
    if (!model.element().getTypeParameters().isEmpty()) {
      report.error(ToolMessages.genericClass(model.displayName()), onClass);
    }
    if (isPrivate(model.element())) {
      report.error(
          ToolMessages.privateClass(model.displayName(), model.binderSimpleName()), onClass);
    }
    Map<String, ToolModel> names = new HashMap<>();
    for (ToolModel tool : model.tools()) {
      String owner = model.displayName() + "." + tool.methodName();
      Anchor onMethod = Anchor.of(tool.method());
      if (!tool.method().getModifiers().contains(Modifier.PUBLIC)) {
        report.error(ToolMessages.notPublic(owner), onMethod);
      }
      if (tool.method().getModifiers().contains(Modifier.STATIC)) {
        report.error(ToolMessages.isStatic(owner), onMethod);
      }
      if (!tool.method().getTypeParameters().isEmpty()) {
        report.error(ToolMessages.generic(owner), onMethod);
      }
      if (!NAME.matcher(tool.name()).matches()) {
        report.error(ToolMessages.invalidName(owner, tool.name()), tool.nameAnchor());
      } else {
        ToolModel first = names.putIfAbsent(tool.name(), tool);
        if (first != null) {
          report.error(
              ToolMessages.duplicateInClass(
                  owner, tool.name(), model.displayName() + "." + first.methodName()),
              tool.nameAnchor());
        }
      }
      schema(owner, tool, tool.parameterSchema(), true, report);
      tool.resultSchema().ifPresent(result -> schema(owner, tool, result, false, report));
    }
    return report;
  }

  private static void schema(
      String owner, ToolModel tool, SchemaResult schema, boolean parameters,
      ValidationReport report) {
    for (SchemaProblem problem : schema.problems()) {
      // javac reports a type it cannot resolve itself; the processor waits for it meanwhile.
      if (problem.kind() != SchemaProblem.Kind.UNRESOLVED) {
        report.error(
            Messages.schemaProblem(owner, problem),
            parameters ? onParameter(tool, problem.path()) : Anchor.of(tool.method()));
      }
    }
    if (parameters) {
      for (LimitExceeded exceeded : schema.exceeded()) {
        report.error(
            Messages.limitExceeded(owner, ToolMessages.limitWhat(), exceeded),
            Anchor.of(tool.method()));
      }
    }
  }

  /** The parameter a problem's path starts at ({@code stops[].name} is {@code stops}'s). */
  private static Anchor onParameter(ToolModel tool, String path) {
    for (ToolModel.ToolParameter parameter : tool.parameters()) {
      String name = parameter.name();
      if (path.equals(name)
          || path.startsWith(name + ".")
          || path.startsWith(name + "[")
          || path.startsWith(name + "(")) {
        return Anchor.of(parameter.element());
      }
    }
    return Anchor.of(tool.method());
  }

  /** Private itself, or nested in something private: its binder could not name it. */
  static boolean isPrivate(Element type) {
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
