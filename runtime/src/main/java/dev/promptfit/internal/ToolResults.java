package dev.promptfit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The text a tool's return value is sent back as: a {@code String} as it is, {@code void}
 * as {@link #OK}, anything else as JSON. Generated dispatchers call these in the {@link
 * ToolInvocation} they return, so a value that cannot be written is the tool's failure.
 */
public final class ToolResults {
  /** What a {@code void} tool sends back. */
  public static final String OK = "ok";

  private ToolResults() {}

  /** A {@code String} result, sent as it is; null is {@code "null"}. */
  public static String text(@Nullable String value) {
    return value == null ? "null" : value;
  }

  /** Any other result, as JSON. */
  public static String json(@Nullable Object value) {
    try {
      return ToolJson.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "could not write the result ("
              + (value == null ? "null" : value.getClass().getName())
              + ") as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }
}
