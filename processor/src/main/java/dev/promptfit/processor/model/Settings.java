package dev.promptfit.processor.model;

import dev.promptfit.annotation.Api;
import java.util.Optional;

/**
 * The options that the type-and-method annotations ({@code @Model}, {@code @Instructions},
 * {@code @Temperature}, {@code @TopP}, {@code @MaxOutputTokens}, {@code @ReasoningEffort}) of one
 * element set; empty where the element has no such annotation. {@code api} is present only where
 * {@code @Model(api = ...)} named something other than {@link Api#DEFAULT}, so that {@link
 * #orElse} lets a method's plain {@code @Model("x")} keep its interface's endpoint.
 */
public record Settings(
    Optional<Setting<String>> model,
    Optional<Setting<Api>> api,
    Optional<Setting<String>> instructions,
    Optional<Setting<Double>> temperature,
    Optional<Setting<Double>> topP,
    Optional<Setting<Integer>> maxOutputTokens,
    Optional<Setting<String>> reasoningEffort) {

  /** These settings, each missing one taken from {@code fallback}: a method's over its type's. */
  public Settings orElse(Settings fallback) {
    return new Settings(
        model.or(fallback::model),
        api.or(fallback::api),
        instructions.or(fallback::instructions),
        temperature.or(fallback::temperature),
        topP.or(fallback::topP),
        maxOutputTokens.or(fallback::maxOutputTokens),
        reasoningEffort.or(fallback::reasoningEffort));
  }
}
