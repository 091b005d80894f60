package dev.promptfit.processor.validate;

import dev.promptfit.annotation.Prompt;
import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.AnnotationReader;
import dev.promptfit.processor.model.ModelReader;
import java.lang.annotation.Annotation;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Checks where Promptfit annotations are written, in the places no interface validation sees:
 * classes, enums, records and annotation types and their members, which are never Promptfit
 * interfaces, and the default, static and private methods of interfaces, where any annotation but
 * {@code @Prompt} would silently do nothing. {@code @Prompt} on such a method is reported by the
 * interface's own validation, with the rest of that interface.
 */
public final class PlacementValidator {
  private PlacementValidator() {}

  /** Checks every element annotated with a Promptfit annotation in one round. */
  public static ValidationReport validate(RoundEnvironment round) {
    ValidationReport report = new ValidationReport();
    for (Class<? extends Annotation> annotation : AnnotationReader.ANNOTATIONS) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        check(element, annotation, report);
      }
    }
    return report;
  }

  private static void check(
      Element element, Class<? extends Annotation> annotation, ValidationReport report) {
    String name = "@" + annotation.getSimpleName();
    Anchor anchor =
        AnnotationReader.find(element, annotation)
            .map(mirror -> Anchor.of(element, mirror))
            .orElse(Anchor.of(element));
    if (element instanceof TypeElement type) {
      if (type.getKind() != ElementKind.INTERFACE) {
        report.error(
            Messages.typeNotInterface(ModelReader.displayName(type), name, type.getKind()),
            anchor);
      }
    } else if (element instanceof ExecutableElement method) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (owner.getKind() != ElementKind.INTERFACE) {
        report.error(
            Messages.methodOutsideInterface(
                displayName(owner, method), name, ModelReader.displayName(owner),
                owner.getKind()),
            anchor);
      } else if (annotation != Prompt.class && withoutEffect(method)) {
        report.error(
            Messages.noEffectOnMethod(
                displayName(owner, method), name, ModelReader.kindOf(method)),
            anchor);
      }
    } else if (element.getKind() == ElementKind.PARAMETER
        && element.getEnclosingElement() instanceof ExecutableElement method) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      String parameter = element.getSimpleName().toString();
      if (owner.getKind() != ElementKind.INTERFACE) {
        report.error(
            Messages.parameterOutsideInterface(
                displayName(owner, method), name, parameter, ModelReader.displayName(owner),
                owner.getKind()),
            anchor);
      } else if (withoutEffect(method)) {
        report.error(
            Messages.noEffectOnParameter(
                displayName(owner, method), name, parameter, ModelReader.kindOf(method)),
            anchor);
      }
    }
  }

  /**
   * Whether Promptfit ignores the annotations of this interface method: it has a body and no
   * {@code @Prompt} (with {@code @Prompt} it is an error reported with its interface).
   */
  private static boolean withoutEffect(ExecutableElement method) {
    return !method.getModifiers().contains(Modifier.ABSTRACT)
        && AnnotationReader.find(method, Prompt.class).isEmpty();
  }

  /** {@code Outer.Inner.method}; a constructor shows as {@code <init>}, as in stack traces. */
  private static String displayName(TypeElement owner, ExecutableElement method) {
    return ModelReader.displayName(owner) + "." + method.getSimpleName();
  }
}
