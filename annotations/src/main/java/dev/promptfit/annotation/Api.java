package dev.promptfit.annotation;

/**
 * Which OpenAI-compatible endpoint a method calls.
 *
 * <pre><code>
 * &#64;Model(value = "llama3", api = Api.CHAT_COMPLETIONS)
 * String ask(String question);
 * </code></pre>
 */
public enum Api {
  /** The client's default: {@link #RESPONSES} unless the builder's {@code defaultApi} says otherwise. */
  DEFAULT,
  /** {@code POST {baseUrl}/responses}, the OpenAI Responses API. */
  RESPONSES,
  /** {@code POST {baseUrl}/chat/completions}, which every OpenAI-compatible server speaks. */
  CHAT_COMPLETIONS
}
