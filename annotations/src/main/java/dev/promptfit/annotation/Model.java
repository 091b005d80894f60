package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The model a method calls, and optionally the endpoint. On a method it wins over the one on its
 * interface; every {@link Prompt} method needs one or the other.
 *
 * <pre><code>
 * &#64;Model("gpt-5-mini")
 * public interface Assistant {
 *   &#64;Prompt("{question}")
 *   &#64;Model(value = "gpt-5.2", api = Api.CHAT_COMPLETIONS)
 *   String ask(String question);
 * }
 * </code></pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Model {
  /** The model id sent as {@code "model"}, e.g. {@code "gpt-5-mini"}. Must not be blank. */
  String value();

  /** The endpoint; {@link Api#DEFAULT} defers to the interface's annotation, then the client. */
  Api api() default Api.DEFAULT;
}
