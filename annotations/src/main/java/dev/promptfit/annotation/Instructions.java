package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * System or developer instructions: the Responses API's {@code instructions}, or the Chat
 * Completions system message. A template with the same rules as {@link Prompt}; on a method it
 * wins over the one on its interface.
 *
 * <pre><code>
 * &#64;Instructions("You are a terse assistant. Answer in {language}.")
 * &#64;Prompt("{question}")
 * String ask(String question, String language);
 * </code></pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Instructions {
  /** The template. */
  String value();
}
