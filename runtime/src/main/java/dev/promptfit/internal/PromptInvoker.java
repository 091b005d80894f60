package dev.promptfit.internal;

/**
 * Not API. What generated implementations call: a method's descriptor and its rendered input in,
 * the method's declared return type out.
 */
public interface PromptInvoker {

  /**
   * Runs one call.
   *
   * @param method the method's descriptor, a constant of the generated class
   * @param input what the arguments rendered to
   */
  <T> T invoke(PromptMethod<T> method, PromptInput input);
}
