package dev.promptfit.opentelemetry;

/** Not API. The version recorded as the instrumentation scope's, as the runtime's User-Agent says. */
final class Version {
  static final String VERSION = "0.1.0";

  private Version() {}
}
