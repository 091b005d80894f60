package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.Setting;
import dev.promptfit.processor.model.Settings;
import java.util.Optional;

/**
 * Checks the values of the type-and-method annotations on one element, and warns about legal but
 * doubtful ones. Ranges are written as {@code !(v >= min && v <= max)} so that NaN, which fails
 * every comparison, is out of range too.
 */
final class SettingsValidator {
  private SettingsValidator() {}

  /**
   * Checks {@code settings}, the annotations written on one element, reporting as {@code owner}
   * ({@code Assistant} or {@code Assistant.translate}).
   */
  static void check(String owner, Settings settings, ValidationReport report) {
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
  }

  /**
   * Warns about legal but doubtful values among {@code own}, the annotations written on one
   * element; {@code effective} is what applies to its calls, {@code own} over its interface's.
   */
  static void warn(String owner, Settings own, Settings effective, ValidationReport report) {
    own.reasoningEffort()
        .filter(effort -> !Messages.KNOWN_EFFORTS.contains(effort.value()))
        .ifPresent(
            effort ->
                report.warning(
                    Messages.unknownReasoningEffort(
                        owner,
                        effort.value(),
                        Suggestions.closest(effort.value(), Messages.KNOWN_EFFORTS)),
                    effort.anchor()));
    own.instructions()
        .filter(instructions -> instructions.value().isBlank())
        .ifPresent(
            instructions ->
                report.warning(Messages.blankInstructions(owner), instructions.anchor()));
    warnSamplingWithReasoning(owner, own, effective, report);
  }

  /**
   * Reasoning models refuse {@code temperature} and {@code top_p} unless the effort is {@code
   * none}. Reported where this element contributes to the mix, so a combination set entirely on
   * the interface is reported once, on the interface.
   */
  private static void warnSamplingWithReasoning(
      String owner, Settings own, Settings effective, ValidationReport report) {
    Optional<Setting<String>> effort = effective.reasoningEffort();
    boolean temperature = effective.temperature().isPresent();
    boolean topP = effective.topP().isPresent();
    if (effort.isEmpty() || effort.get().value().equals("none") || !(temperature || topP)) {
      return;
    }
    Optional<Anchor> anchor =
        own.temperature().map(Setting::anchor)
            .or(() -> own.topP().map(Setting::anchor))
            .or(() -> own.reasoningEffort().map(Setting::anchor));
    String sampling =
        temperature && topP ? "@Temperature and @TopP" : temperature ? "@Temperature" : "@TopP";
    anchor.ifPresent(
        a ->
            report.warning(
                Messages.samplingWithReasoning(owner, sampling, effort.get().value()), a));
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
}
