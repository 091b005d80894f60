package dev.promptfit.internal.tool;

import dev.promptfit.ToolErrors;
import java.util.Objects;

/**
 * Not API. The client's limits for tool calls.
 *
 * @param maxRounds how many responses may have their tool calls run in one prompt call
 * @param errors what a failed tool call does
 */
public record ToolPolicy(int maxRounds, ToolErrors errors) {
  /** The defaults: 10 rounds, failures sent to the model. */
  public static final ToolPolicy DEFAULT = new ToolPolicy(10, ToolErrors.SEND_TO_MODEL);

  public ToolPolicy {
    Objects.requireNonNull(errors, "errors");
    if (maxRounds < 1) {
      throw new IllegalArgumentException("maxRounds must be 1 or more, was " + maxRounds);
    }
  }
}
