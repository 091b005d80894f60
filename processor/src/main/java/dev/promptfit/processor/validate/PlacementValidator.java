package dev.promptfit.processor.validate;

import dev.promptfit.annotation.Tool;
import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.AnnotationReader;
import dev.promptfit.processor.model.ModelReader;
import dev.promptfit.processor.model.ToolModelReader;
import java.lang.annotation.Annotation;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Finds Promptfit annotations where no interface validation sees them: on classes, enums, records
 * and annotation types, their methods and their methods' and constructors' parameters. Those are
 * never Promptfit interfaces, so without this check the annotations would silently do nothing.
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
    for (Element element : round.getElementsAnnotatedWith(Tool.class)) {
      checkTool(element, report);
    }
    return report;
  }

  /** {@code @Tool} belongs on methods of classes, which Promptfit calls on an instance. */
  private static void checkTool(Element element, ValidationReport report) {
    if (element instanceof ExecutableElement method
        && !ToolModelReader.isClass(method.getEnclosingElement())) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      report.error(
          ToolMessages.notInClass(
              displayName(owner, method), ModelReader.displayName(owner),
              kindPhrase(owner.getKind())),
          AnnotationReader.find(method, Tool.class)
              .map(mirror -> Anchor.of(method, mirror))
              .orElse(Anchor.of(method)));
    }
  }

  private static String kindPhrase(ElementKind kind) {
    return kind == ElementKind.INTERFACE ? "an interface" : "an annotation type";
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
      }
    }
  }

  /** {@code Outer.Inner.method}; a constructor shows as {@code <init>}, as in stack traces. */
  private static String displayName(TypeElement owner, ExecutableElement method) {
    return ModelReader.displayName(owner) + "." + method.getSimpleName();
  }
}
