package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most tokens the model may generate: Responses {@code max_output_tokens}, Chat {@code
 * max_completion_tokens}. At least 1; checked at compile time.
 *
 * <pre><code>
 * &#64;MaxOutputTokens(512)
 * &#64;Prompt("{question}")
 * String ask(String question);
 * </code></pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface MaxOutputTokens {
  /** At least 1. */
  int value();
}
