package dev.promptfit.internal.request;

import java.util.Locale;

/** Not API. Who speaks a {@link Message}. */
public enum Role {
  USER,
  ASSISTANT;

  /** The name on the wire, the same on both endpoints. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
