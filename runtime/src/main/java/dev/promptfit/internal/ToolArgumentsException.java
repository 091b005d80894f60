package dev.promptfit.internal;

/**
 * Not API. A tool call's arguments are not a JSON object, or do not fit the tool's parameters. The
 * message names the parameter and the problem, e.g. {@code days: expected an int, got "three"};
 * it is sent back to the model, so it never quotes more of the arguments than the wrong value.
 */
public final class ToolArgumentsException extends Exception {
  private static final long serialVersionUID = 1L;

  public ToolArgumentsException(String message) {
    super(message);
  }
}
