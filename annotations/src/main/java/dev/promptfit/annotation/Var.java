package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The placeholder name of a parameter, where it differs from the parameter's own name.
 *
 * <pre><code>
 * &#64;Prompt("Summarise: {doc}")
 * String summarise(&#64;Var("doc") String document);
 * </code></pre>
 *
 * <p>Two parameters of one method may not share an alias.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Var {
  /** The placeholder name used in templates. */
  String value();
}
