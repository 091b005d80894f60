package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The user-message template of an interface method. {@code {name}} is replaced by {@code
 * String.valueOf} of the parameter called {@code name} (or carrying {@code @Var("name")}); {@code
 * {{}} and {@code }}} are literal braces. Substituted values are never scanned again, so an
 * argument containing {@code {secret}} arrives literally.
 *
 * <pre><code>
 * &#64;Prompt("Translate {text} into {language}. Answer as {{\"text\": ...}}.")
 * String translate(String text, String language);
 * </code></pre>
 *
 * <p>Required on every abstract method of a Promptfit interface; not allowed on default, static or
 * generic methods. The template is checked and compiled into string pieces at build time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Prompt {
  /** The template. */
  String value();
}
