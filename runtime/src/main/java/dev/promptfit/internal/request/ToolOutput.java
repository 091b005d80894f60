package dev.promptfit.internal.request;

import java.util.Objects;

/**
 * Not API. The result of one tool call, sent back to the model: a Responses {@code
 * function_call_output} item, or a Chat {@code role: tool} message.
 *
 * @param callId the call's id
 * @param name the tool's name as the model called it
 * @param output the text sent back
 */
public record ToolOutput(String callId, String name, String output) implements Item {
  public ToolOutput {
    Objects.requireNonNull(callId, "callId");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(output, "output");
  }

  @Override
  public String toString() {
    return "ToolOutput{callId=" + callId + ", name=" + name + ", output.length=" + output.length() + "}";
  }
}
