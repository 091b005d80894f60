package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.parse.ParseResult;
import dev.promptfit.processor.parse.TemplateParser;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;

/**
 * Validates a whole interface: what makes it implementable at all, its type-level annotations,
 * then each method. Returns every problem found; nothing here throws or stops early.
 */
public final class InterfaceValidator {
  private InterfaceValidator() {}

  /**
   * Everything wrong with {@code type}; generate only if the report {@linkplain
   * ValidationReport#hasErrors has no errors}.
   */
  public static ValidationReport validate(InterfaceModel type) {
    ValidationReport report = new ValidationReport();
    String name = type.displayName();
    Anchor onType = Anchor.of(type.element());
    if (!type.element().getTypeParameters().isEmpty()) {
      report.error(
          Messages.genericInterface(
              name,
              type.element().getTypeParameters().stream()
                  .map(p -> p.getSimpleName().toString())
                  .toList()),
          onType);
    }
    if (!accessible(type.element())) {
      report.error(Messages.inaccessibleInterface(name, type.generatedSimpleName()), onType);
    }
    if (type.element().getModifiers().contains(Modifier.SEALED)) {
      report.error(Messages.sealedInterface(name, type.generatedSimpleName()), onType);
    }
    SettingsValidator.check(name, type.settings(), type.element(), report);
    type.settings()
        .instructions()
        .ifPresent(
            instructions -> {
              if (TemplateParser.parse(instructions.value()) instanceof ParseResult.Failed f) {
                report.error(
                    Messages.templateSyntax(name, "@Instructions", f.error()),
                    instructions.anchor());
              }
            });
    checkInheritedOnce(type, report);
    for (MethodModel method : type.methods()) {
      MethodValidator.check(type, method, report);
    }
    return report;
  }

  /** Whether a class in the interface's package can implement it. */
  private static boolean accessible(Element type) {
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Two superinterfaces may declare the same abstract method; Java lets the interface inherit
   * both, but the generated class can implement it only once, with one {@code @Prompt}.
   */
  private static void checkInheritedOnce(InterfaceModel type, ValidationReport report) {
    Map<String, MethodModel> seen = new LinkedHashMap<>();
    for (MethodModel method : type.abstractMethods()) {
      MethodModel first = seen.putIfAbsent(method.signature(), method);
      if (first != null) {
        report.error(
            Messages.inheritedTwice(
                type.displayName(), method.signature(), first.interfaceName(),
                method.interfaceName()),
            Anchor.of(type.element()));
      }
    }
  }
}
