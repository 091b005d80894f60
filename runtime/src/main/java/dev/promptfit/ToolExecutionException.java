package dev.promptfit;

import org.jspecify.annotations.Nullable;

/**
 * A tool call failed under {@code Promptfit.builder().toolErrors(ToolErrors.THROW)}: the tool threw
 * (its exception is the cause), or the model called a tool that was not offered or gave arguments
 * that do not fit its parameters (no cause; the message says what was wrong). Also thrown, whatever
 * the setting, when a tool throws an {@link Error}, which is never sent to the model.
 *
 * <pre><code>
 * try {
 *   agent.plan("Lisbon");
 * } catch (ToolExecutionException e) {
 *   log.error("tool {} failed", e.toolName(), e.getCause());
 * }
 * </code></pre>
 */
public class ToolExecutionException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final String toolName;
  private final String callId;

  /**
   * @param toolName the tool's name, as the model called it
   * @param callId the call's id
   */
  public ToolExecutionException(
      String message, String toolName, String callId, @Nullable Throwable cause) {
    super(message, cause);
    this.toolName = toolName;
    this.callId = callId;
  }

  /** The tool's name, as the model called it. */
  public String toolName() {
    return toolName;
  }

  /** The service's id for the call. */
  public String callId() {
    return callId;
  }
}
