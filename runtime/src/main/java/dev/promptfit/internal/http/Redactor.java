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

  /** Shorter starts of a key say next to nothing (and {@code sk} ends many words). */
  private static final int MIN_CUT_PREFIX = 3;
  private final @Nullable String secret;

  /** A redactor of {@code secret}; with none, text passes unchanged. */
  public Redactor(@Nullable String secret) {
    this.secret = secret == null || secret.isEmpty() ? null : secret;
  }

  /** {@code text} with every occurrence of the key replaced. */
  public String redact(String text) {
    return secret == null ? text : text.replace(secret, MASK);
  }

  /**
   * {@code text} without the key, where {@code text} is the start of something longer (a body read
   * up to a limit): besides every whole occurrence, a start of the key that the cut left at its
   * end is masked, so no prefix of the key survives the cut.
   */
  public String redactCut(String text) {
    String redacted = redact(text);
    if (secret == null) {
      return redacted;
    }
    for (int n = Math.min(secret.length() - 1, redacted.length()); n >= MIN_CUT_PREFIX; n--) {
      if (redacted.regionMatches(redacted.length() - n, secret, 0, n)) {
        return redacted.substring(0, redacted.length() - n) + MASK;
      }
    }
    return redacted;
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
