package dev.promptfit.internal;

/**
 * Not API. One tool call whose arguments are bound: running it invokes the tool method. Whatever
 * it throws is the tool's own failure.
 */
@FunctionalInterface
public interface ToolInvocation {

  /** Invokes the tool; returns the text sent back to the model (see {@link ToolResults}). */
  String run() throws Exception;
}
