package dev.promptfit.internal.tool;

import dev.promptfit.StreamEvent;
import dev.promptfit.internal.ToolInvocation;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A tool call after binding: either its {@code invocation}, ready to run, or the {@code
 * problem} that stops it (no tool of that name, arguments that do not fit), worded for the model.
 */
public record BoundCall(
    StreamEvent.ToolCall call, @Nullable ToolInvocation invocation, @Nullable String problem) {

  static BoundCall ready(StreamEvent.ToolCall call, ToolInvocation invocation) {
    return new BoundCall(call, invocation, null);
  }

  static BoundCall problem(StreamEvent.ToolCall call, String problem) {
    return new BoundCall(call, null, problem);
  }
}
