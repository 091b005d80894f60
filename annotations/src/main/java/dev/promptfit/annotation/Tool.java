package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public method of a class as a tool the model may call. A prompt method offers the tools
 * of the classes its {@link Tools} lists; when the model calls one, Promptfit binds the model's
 * JSON arguments to the method's parameters, invokes it, and sends the result back.
 *
 * <pre><code>
 * public final class WeatherTools {
 *   &#47;** Current temperature in a city, in degrees Celsius. *&#47;
 *   &#64;Tool
 *   public double temperature(String city, &#64;Description("ISO 3166 country code") String country) { ... }
 *
 *   &#64;Tool(name = "forecast", value = "Daily forecast for the next days")
 *   public List&lt;Forecast&gt; forecast(String city, int days) { ... }
 * }
 * </code></pre>
 *
 * <ul>
 *   <li><b>Name:</b> {@link #name()}, else the method's name. Two tools of one prompt method's set
 *       may not share a name.
 *   <li><b>Description:</b> {@link #value()}, else the first sentence of the method's Javadoc.
 *   <li><b>Parameters</b> become a strict JSON schema under the rules of typed return types
 *       (records, enums, strings, numbers, booleans, dates, lists...; {@code Optional} and
 *       {@code @Nullable} ones are nullable and still required); a parameter's description comes
 *       from {@code @Description}. Parameter names come from the source.
 *   <li><b>Result:</b> a {@code String} is sent as it is, {@code void} as {@code "ok"}, anything
 *       else as JSON.
 *   <li><b>Failures:</b> an exception the method throws is sent back to the model as an error
 *       result naming it, so the model can correct itself; {@code
 *       Promptfit.builder().toolErrors(ToolErrors.THROW)} ends the call instead.
 * </ul>
 *
 * <p>The method must be public and not static, in a class that the interface's package can see;
 * each of these is checked at compile time. Calls of one model response run concurrently, so a
 * tool shared by several calls must be thread-safe.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Tool {
  /** What the tool does, as the model reads it; empty: the first sentence of its Javadoc. */
  String value() default "";

  /**
   * The name the model calls it by; empty: the method's name. Letters, digits, {@code _} and
   * {@code -}, at most 64 characters.
   */
  String name() default "";
}
