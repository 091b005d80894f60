package dev.promptfit.internal;

import java.util.List;

/**
 * Not API. What the processor writes for each class with {@code @Tool} methods: the tools'
 * definitions, and a dispatcher that binds a call's JSON arguments to the typed parameters of the
 * method the call names, without reflection. One constant instance per class, shared by every
 * interface that lists it.
 *
 * <pre><code>
 * public final class PromptfitTools_WeatherTools implements ToolBinder&lt;WeatherTools&gt; {
 *   public static final PromptfitTools_WeatherTools INSTANCE = new PromptfitTools_WeatherTools();
 *   private static final List&lt;ToolDefinition&gt; DEFINITIONS = List.of(
 *       new ToolDefinition("temperature", "Current temperature in a city, in degrees Celsius.",
 *           "{\"type\":\"object\",\"properties\":{...},\"required\":[...],\"additionalProperties\":false}"));
 *
 *   public Class&lt;WeatherTools&gt; toolClass() { return WeatherTools.class; }
 *   public List&lt;ToolDefinition&gt; definitions() { return DEFINITIONS; }
 *
 *   public ToolInvocation bind(WeatherTools tools, String name, String arguments)
 *       throws ToolArgumentsException {
 *     ToolArguments args = ToolArguments.parse(arguments);
 *     switch (name) {
 *       case "temperature": {
 *         String city = args.get("city", String.class);
 *         String country = args.get("country", String.class);
 *         return () -&gt; ToolResults.json(tools.temperature(city, country));
 *       }
 *       default:
 *         throw new IllegalArgumentException("WeatherTools has no tool " + name);
 *     }
 *   }
 * }
 * </code></pre>
 *
 * <p>Binding and running are two steps so that the runtime tells the model which one failed:
 * {@link #bind} throws {@link ToolArgumentsException} only for arguments that do not fit, and
 * everything the returned {@link ToolInvocation} throws is the tool's own failure.
 *
 * @param <T> the tool class
 */
public interface ToolBinder<T> {

  /** The class whose {@code @Tool} methods this binds; {@code create(...)} takes an instance. */
  Class<T> toolClass();

  /** One definition per {@code @Tool} method, in source order. */
  List<ToolDefinition> definitions();

  /**
   * Binds a call of the tool {@code name} (one of {@link #definitions()}) to {@code tools}.
   *
   * @param arguments the arguments as the model wrote them, normally a JSON object
   * @return the call, ready to run on any thread
   * @throws ToolArgumentsException if the arguments are not a JSON object or do not fit the
   *     parameters; its message names the parameter and what was wrong
   */
  ToolInvocation bind(T tools, String name, String arguments) throws ToolArgumentsException;
}
