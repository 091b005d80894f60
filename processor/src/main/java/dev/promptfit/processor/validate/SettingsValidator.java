package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.model.Settings;
import java.util.Arrays;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Checks the values of the type-and-method annotations on one element. Ranges are written as
 * {@code !(v >= min && v <= max)} so that NaN, which fails every comparison, is out of range too.
 */
final class SettingsValidator {
  private SettingsValidator() {}

  /**
   * Checks {@code settings}, the annotations written on {@code element}, reporting as {@code
   * owner} ({@code Assistant} or {@code Assistant.translate}).
   */
  static void check(String owner, Settings settings, Element element, ValidationReport report) {
    settings.model()
        .filter(model -> model.value().isBlank())
        .ifPresent(model -> report.error(Messages.blankModel(owner), model.anchor()));
    settings.temperature()
        .ifPresent(t -> checkRange(owner, "Temperature", t, 2.0, report));
    settings.topP().ifPresent(p -> checkRange(owner, "TopP", p, 1.0, report));
    settings.maxOutputTokens()
        .filter(tokens -> tokens.value() < 1)
        .ifPresent(
            tokens ->
                report.error(
                    Messages.maxOutputTokensTooSmall(owner, tokens.value()), tokens.anchor()));
    settings.reasoningEffort()
        .filter(effort -> !Messages.KNOWN_EFFORTS.contains(effort.value()))
        .filter(effort -> !suppressed(element))
        .ifPresent(
            effort ->
                report.warning(
                    Messages.unknownReasoningEffort(
                        owner,
                        effort.value(),
                        Suggestions.closest(effort.value(), Messages.KNOWN_EFFORTS)),
                    effort.anchor()));
  }

  private static void checkRange(
      String owner, String annotation, Setting<Double> setting, double max,
      ValidationReport report) {
    double value = setting.value();
    if (!(value >= 0.0 && value <= max)) {
      report.error(
          Messages.outOfRange(owner, annotation, value, "0.0 to " + max), setting.anchor());
    }
  }

  /**
   * Whether {@code @SuppressWarnings("promptfit")} is on {@code element} or anything enclosing
   * it, as javac scopes its own suppressions.
   */
  static boolean suppressed(Element element) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
      if (annotation != null
          && Arrays.asList(annotation.value()).contains(Messages.SUPPRESSION_KEY)) {
        return true;
      }
    }
    return false;
  }
}
