package dev.promptfit.internal;

import dev.promptfit.CallOptions;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What generated implementations call: one rendered prompt in, the method's declared
 * return type out.
 */
public interface PromptInvoker {

  /**
   * Runs one call.
   *
   * @param method the method's descriptor, a constant of the generated class
   * @param instructions the rendered {@code @Instructions}, or null where there are none
   * @param input the rendered {@code @Prompt}
   * @param options the {@code CallOptions} argument, or null where the method has none or the
   *     caller passed null
   */
  <T> T invoke(
      PromptMethod<T> method, @Nullable String instructions, String input, @Nullable CallOptions options);
}
