package dev.promptfit.processor.validate;

import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;
import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.AnnotationReader;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.ModelReader;
import dev.promptfit.processor.parse.ParseResult;
import dev.promptfit.processor.parse.TemplateParser;
import java.lang.annotation.Annotation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

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
    SettingsValidator.check(name, type.settings(), report);
    SettingsValidator.warn(name, type.settings(), type.settings(), report);
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
    checkIgnoredAnnotations(type, report);
    if (type.methods().isEmpty()) {
      report.error(Messages.nothingToImplement(name), onType);
    }
    warnUnusedTypeSettings(type, report);
    for (MethodModel method : type.methods()) {
      MethodValidator.check(type, method, report);
    }
    return report;
  }

  /**
   * Promptfit reads annotations only on abstract {@code @Prompt} methods; on a default, static or
   * private method without {@code @Prompt}, or its parameters, they would silently do nothing.
   * (With {@code @Prompt}, the method itself is the error, reported by {@link MethodValidator}.)
   */
  private static void checkIgnoredAnnotations(InterfaceModel type, ValidationReport report) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.element().getEnclosedElements())) {
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          || AnnotationReader.find(method, Prompt.class).isPresent()) {
        continue;
      }
      String name = type.displayName() + "." + method.getSimpleName();
      MethodModel.Kind kind = ModelReader.kindOf(method);
      for (Class<? extends Annotation> annotation :
          AnnotationReader.promptfitAnnotationsOn(method)) {
        report.error(
            Messages.noEffectOnMethod(name, "@" + annotation.getSimpleName(), kind),
            Anchor.of(method, AnnotationReader.find(method, annotation).orElseThrow()));
      }
      for (VariableElement parameter : method.getParameters()) {
        AnnotationReader.find(parameter, Var.class)
            .ifPresent(
                mirror ->
                    report.error(
                        Messages.noEffectOnParameter(
                            name, "@Var", parameter.getSimpleName().toString(), kind),
                        Anchor.of(parameter, mirror)));
      }
    }
  }

  /**
   * The interface's own option annotations apply only to the methods it declares, so on an
   * interface whose prompts are all inherited they change nothing, which is rarely what was meant
   * ({@code @Model("other") interface Mine extends Theirs {}}).
   */
  private static void warnUnusedTypeSettings(InterfaceModel type, ValidationReport report) {
    boolean declaresPrompts =
        type.abstractMethods().stream()
            .anyMatch(m -> m.declaringInterface().equals(type.element()));
    List<Class<? extends Annotation>> written =
        AnnotationReader.SETTINGS.stream()
            .filter(a -> AnnotationReader.find(type.element(), a).isPresent())
            .toList();
    if (declaresPrompts || written.isEmpty() || type.abstractMethods().isEmpty()) {
      return;
    }
    String annotations =
        written.stream().map(a -> "@" + a.getSimpleName()).collect(Collectors.joining(", "));
    String declaring =
        type.abstractMethods().stream()
            .map(MethodModel::interfaceName)
            .distinct()
            .collect(Collectors.joining(", "));
    report.warning(
        Messages.typeSettingsUnused(type.displayName(), annotations, declaring),
        Anchor.of(
            type.element(), AnnotationReader.find(type.element(), written.get(0)).orElseThrow()));
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
