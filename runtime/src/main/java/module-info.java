/**
 * The Promptfit runtime. Users read {@code dev.promptfit}; the classes the annotation processor
 * generates, which live in the users' own modules, call {@code dev.promptfit.internal} (not API).
 * Everything else stays inside.
 */
module dev.promptfit {
  requires transitive dev.promptfit.annotation;
  requires transitive okhttp3;
  requires retrofit2;
  requires okio;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.databind;
  requires static org.jspecify;

  exports dev.promptfit;
  exports dev.promptfit.internal;
}
