/**
 * OpenTelemetry for Promptfit: {@link dev.promptfit.opentelemetry.PromptfitTelemetry} makes a
 * {@link dev.promptfit.PromptfitListener} that records a span and metrics for every prompt call,
 * by the OpenTelemetry GenAI semantic conventions.
 */
@NullMarked
package dev.promptfit.opentelemetry;

import org.jspecify.annotations.NullMarked;
