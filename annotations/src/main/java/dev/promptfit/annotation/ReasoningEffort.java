package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How hard a reasoning model thinks: Responses {@code reasoning.effort}, Chat {@code
 * reasoning_effort}. Known values are {@code none}, {@code minimal}, {@code low}, {@code medium},
 * {@code high} and {@code xhigh}; another value compiles with a warning, since providers add their
 * own.
 *
 * <pre><code>
 * &#64;ReasoningEffort("low")
 * &#64;Prompt("Summarise: {doc}")
 * String summarise(String doc);
 * </code></pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ReasoningEffort {
  /** The effort, sent as given. */
  String value();
}
