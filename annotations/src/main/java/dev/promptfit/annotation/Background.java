package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the method's calls as background responses of the Responses API: the request carries
 * {@code "background": true} and {@code "store": true}, and the runtime follows the response to its
 * end, polling it ({@code GET responses/{id}}) for blocking and future return types, resuming its
 * stream from the last event it read when the connection drops. Cancelling the call cancels the
 * response on the server. On an interface, it applies to every method.
 *
 * <pre><code>
 * &#64;Background
 * &#64;Prompt("Write a detailed report on {topic}.")
 * CompletableFuture&lt;String&gt; report(String topic);
 * </code></pre>
 *
 * <p>Background responses exist only on the Responses API: on a method whose {@code @Model} names
 * {@code Api.CHAT_COMPLETIONS} it is a compile error, and a call that reaches Chat Completions at
 * run time (a client whose default endpoint is Chat) fails with an {@code
 * IllegalArgumentException} before any request.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Background {}
