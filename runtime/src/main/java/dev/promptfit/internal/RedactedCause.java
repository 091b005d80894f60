package dev.promptfit.internal;

import dev.promptfit.internal.http.Redactor;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Not API. Stands in for an exception whose message (or a cause's) held the API key: same class
 * name, redacted message, same stack trace, and its causes and suppressed exceptions stood in for
 * the same way. The original is dropped, since keeping it anywhere in the chain would print the key.
 */
final class RedactedCause extends Exception {
  private static final long serialVersionUID = 1L;
  private final String className;

  private RedactedCause(String className, String message) {
    super(message, null, true, true);
    this.className = className;
  }

  static Throwable of(Throwable original, Redactor redactor) {
    return of(original, redactor, new IdentityHashMap<>());
  }

  private static Throwable of(Throwable original, Redactor redactor, Map<Throwable, Throwable> done) {
    Throwable seen = done.get(original);
    if (seen != null) {
      return seen;
    }
    String message = original.getMessage();
    RedactedCause copy =
        new RedactedCause(original.getClass().getName(), message == null ? null : redactor.redact(message));
    done.put(original, copy);
    copy.setStackTrace(original.getStackTrace());
    Throwable cause = original.getCause();
    if (cause != null && cause != original) {
      copy.initCause(of(cause, redactor, done));
    }
    for (Throwable suppressed : original.getSuppressed()) {
      copy.addSuppressed(of(suppressed, redactor, done));
    }
    return copy;
  }

  @Override
  public String toString() {
    String message = getLocalizedMessage();
    return message == null ? className : className + ": " + message;
  }
}
