package dev.promptfit.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.http.Redactor;

/**
 * The failure path that tests of single layers (decoders, parsers) run with, and the check that a
 * message went through it: every message starts with the method's name.
 */
public final class TestFailures {
  /** The method name layer tests use. */
  public static final String METHOD = "Layer.test";

  /** A failure path without a key. */
  public static final Failures FAILURES = new Failures(METHOD, Redactor.NONE);

  private TestFailures() {}

  /** The message after {@code Layer.test: }, asserting it starts so. */
  public static String detail(String message) {
    String prefix = METHOD + ": ";
    assertTrue(message != null && message.startsWith(prefix), () -> "not named: " + message);
    return message.substring(prefix.length());
  }

  /** {@link #detail(String)} of {@code e}'s message. */
  public static String detail(Throwable e) {
    return detail(e.getMessage());
  }
}
