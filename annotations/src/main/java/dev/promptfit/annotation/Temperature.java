package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sampling temperature, from 0.0 to 2.0; checked at compile time. On a method it wins over the
 * interface's.
 *
 * <pre><code>
 * &#64;Temperature(0.2)
 * &#64;Prompt("{question}")
 * String ask(String question);
 * </code></pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Temperature {
  /** 0.0 to 2.0. */
  double value();
}
