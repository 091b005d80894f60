package dev.promptfit.internal.http;

import org.jspecify.annotations.Nullable;

/**
 * Not API. Removes the API key from text that came from elsewhere, such as an error body in which
 * a server echoes the key back.
 */
public final class Redactor {
  private static final String MASK = "[redacted]";
  private final @Nullable String secret;

  /** A redactor of {@code secret}; with none, text passes unchanged. */
  public Redactor(@Nullable String secret) {
    this.secret = secret == null || secret.isEmpty() ? null : secret;
  }

  /** {@code text} with every occurrence of the key replaced. */
  public String redact(String text) {
    return secret == null ? text : text.replace(secret, MASK);
  }
}
