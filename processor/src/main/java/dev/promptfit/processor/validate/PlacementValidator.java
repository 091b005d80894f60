package dev.promptfit.processor.validate;

import dev.promptfit.annotation.Prompt;
import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.AnnotationReader;
import java.util.Collection;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Finds {@code @Prompt} on methods of classes, enums, records and annotation types: those are
 * never Promptfit interfaces, so no interface validation would see them.
 */
public final class PlacementValidator {
  private PlacementValidator() {}

  /** Checks the elements annotated {@code @Prompt} in one round. */
  public static ValidationReport validate(Collection<? extends Element> annotated) {
    ValidationReport report = new ValidationReport();
    for (Element method : annotated) {
      Element owner = method.getEnclosingElement();
      if (owner.getKind() != ElementKind.INTERFACE) {
        String type = owner.getSimpleName().toString();
        Anchor anchor =
            AnnotationReader.find(method, Prompt.class)
                .map(mirror -> Anchor.of(method, mirror))
                .orElse(Anchor.of(method));
        report.error(
            Messages.promptOutsideInterface(
                type + "." + method.getSimpleName(), type, owner.getKind()),
            anchor);
      }
    }
    return report;
  }
}
