package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The classes whose {@link Tool} methods a prompt method may call. On an interface it applies to
 * each of its prompt methods; on a method it wins over the interface's, as every annotation that
 * can be on both does ({@code @Tools({})} offers none).
 *
 * <pre><code>
 * &#64;Model("gpt-5-mini")
 * &#64;Tools(WeatherTools.class)
 * interface TravelAgent {
 *   &#64;Prompt("Plan a day out in {city}.")
 *   String plan(String city);
 * }
 *
 * TravelAgent agent = promptfit.create(TravelAgent.class, new WeatherTools());
 * </code></pre>
 *
 * <p>{@code Promptfit.create} takes one instance of every class listed anywhere on the interface,
 * and fails at once with {@code IllegalArgumentException} when one is missing or an instance
 * belongs to no listed class. A listed class without {@code @Tool} methods is a compile error.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Tools {
  /** The tool classes. */
  Class<?>[] value();
}
