package dev.promptfit.internal.http;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Removes the API key from text that came from elsewhere, such as an error body in which
 * a server echoes the key back. {@code dev.promptfit.internal.Failures} is the one place that
 * applies it to what users see; the HTTP logger applies it to headers.
 */
public final class Redactor {
  /** Passes text unchanged: a client without a key. */
  public static final Redactor NONE = new Redactor(null);

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

  /** Whether the key appears in the message of {@code t}, its causes or suppressed exceptions. */
  public boolean appearsIn(Throwable t) {
    return secret != null
        && appearsIn(t, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  private boolean appearsIn(@Nullable Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return false;
    }
    String message = t.getMessage();
    if (message != null && message.contains(secret)) {
      return true;
    }
    if (String.valueOf(t).contains(secret) || appearsIn(t.getCause(), seen)) {
      return true;
    }
    for (Throwable s : t.getSuppressed()) {
      if (appearsIn(s, seen)) {
        return true;
      }
    }
    return false;
  }
}
