package dev.promptfit;

/**
 * How a typed answer's JSON schema reaches the server (API.md section 7). Many OpenAI-compatible
 * servers lack {@code json_schema}; {@link #AUTO} finds out per server and model.
 *
 * <pre><code>
 * Promptfit local = Promptfit.builder()
 *     .baseUrl("http://localhost:8080/v1/")
 *     .defaultApi(Api.CHAT_COMPLETIONS)
 *     .structuredOutput(StructuredOutput.JSON_OBJECT)   // skip the first, refused, attempt
 *     .build();
 * </code></pre>
 */
public enum StructuredOutput {
  /**
   * The default: {@link #JSON_SCHEMA}; when the server answers that it does not support the
   * response format (an HTTP error naming it), the call is sent again with {@link #JSON_OBJECT},
   * and if that is refused too, with {@link #INSTRUCTIONS}. The mode that worked is remembered by
   * the client for its base URL and the model, so later calls start with it.
   */
  AUTO,

  /**
   * Responses {@code text.format} / Chat {@code response_format} of type {@code json_schema} with
   * {@code strict: true}: the server enforces the schema, and the answer is read exactly (a
   * property the type lacks is an error). Failures are not asked again.
   */
  JSON_SCHEMA,

  /**
   * Format {@code json_object} (the server promises JSON, not the schema), with the schema
   * described in the user message, which also carries the word "json" that JSON mode requires. The
   * answer is read tolerantly and a failure is asked again ({@code outputRepairs}).
   */
  JSON_OBJECT,

  /**
   * No response format at all: the schema is described in the user message alone, for servers that
   * accept neither format. Read and repaired as {@link #JSON_OBJECT}.
   */
  INSTRUCTIONS
}
