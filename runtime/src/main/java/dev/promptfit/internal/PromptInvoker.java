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

  /**
   * Checks the tool instances {@code Promptfit.create(service, tools...)} was given against the
   * tool classes the interface's {@code @Tools} list (on the interface and its methods, each once):
   * one instance of each, and none that belongs to no listed class. The generated constructor of an
   * interface that lists tool classes calls it first; an invoker that holds no instances accepts
   * anything.
   *
   * <pre><code>
   * public Promptfit_TravelAgent(PromptInvoker invoker) {
   *   invoker.requireTools("TravelAgent", WeatherTools.class);
   *   this.invoker = invoker;
   * }
   * </code></pre>
   *
   * @param interfaceName the interface's simple name, as messages name it
   * @throws IllegalArgumentException naming the class that has no instance, or the instance that
   *     belongs to no listed class
   */
  default void requireTools(String interfaceName, Class<?>... toolClasses) {}
}
