package dev.promptfit.processor.validate;

import dev.promptfit.annotation.Prompt;
import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.AnnotationReader;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.ReturnModel;

/**
 * Checks one method of a Promptfit interface: where {@code @Prompt} is, the return type (and a
 * typed answer's schema), the model, option values, parameters and templates. Independent checks
 * all run, so one compile shows every problem; a method without {@code @Prompt} reports only
 * that, since it may never have been meant as a prompt at all.
 */
final class MethodValidator {
  private MethodValidator() {}

  static void check(InterfaceModel type, MethodModel method, ValidationReport report) {
    String name = method.displayName();
    Anchor onPrompt =
        AnnotationReader.find(method.element(), Prompt.class)
            .map(mirror -> Anchor.of(method.element(), mirror))
            .orElse(Anchor.of(method.element()));
    if (method.kind() != MethodModel.Kind.ABSTRACT) {
      report.error(Messages.promptOnNonAbstract(name, method.kind()), onPrompt);
      return;
    }
    if (method.prompt().isEmpty()) {
      if (method.declaringInterface().equals(type.element())) {
        report.error(Messages.missingPrompt(name), Anchor.of(method.element()));
      } else {
        // Often a JDK interface (Supplier.get), whose class file gives no place to point at.
        report.error(
            Messages.inheritedWithoutPrompt(
                type.displayName(), method.signature(), method.interfaceName()),
            Anchor.of(type.element()));
      }
      return;
    }
    if (method.isGeneric()) {
      report.error(Messages.genericMethod(name), onPrompt);
    }
    if (method.returns() instanceof ReturnModel.Unsupported) {
      report.error(
          Messages.unsupportedReturnType(name, method.returnType()), Anchor.of(method.element()));
    } else if (method.returns() instanceof ReturnModel.Typed typed) {
      SchemaValidator.check(method, typed, report);
    }
    if (method.effective().model().isEmpty()) {
      report.error(
          Messages.missingModel(name, method.interfaceName()), Anchor.of(method.element()));
    }
    SettingsValidator.check(name, method.own(), report);
    BackgroundValidator.check(method, report);
    ParameterValidator.check(method, report);
    TemplateValidator.check(type, method, report);
    // A superinterface warns about its own methods when it is compiled; from a class file they
    // would be warnings no one can act on or point at.
    if (method.declaringInterface().equals(type.element())) {
      SettingsValidator.warn(name, method.own(), method.effective(), report);
    }
  }
}
