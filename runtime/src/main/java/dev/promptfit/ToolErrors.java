package dev.promptfit;

/**
 * What happens when a tool call fails: the tool threw, the model named a tool that was not
 * offered, or its arguments do not fit the tool's parameters.
 *
 * <pre><code>
 * Promptfit strict = Promptfit.builder().toolErrors(ToolErrors.THROW).build();
 * </code></pre>
 */
public enum ToolErrors {
  /**
   * The failure is sent back to the model as the call's result, a message naming what went wrong,
   * and the conversation goes on, so the model can correct itself. The default.
   */
  SEND_TO_MODEL,

  /**
   * The call ends with a {@link ToolExecutionException} whose cause is the tool's exception; the
   * other calls of the same round are cancelled and nothing more is sent.
   */
  THROW
}
