package dev.promptfit.processor.model;

/**
 * One value read from an annotation, kept with where it was written so that a problem with the
 * value can be reported on it.
 *
 * @param <T> the value's type: {@code String}, {@code Double}, {@code Integer} or {@code Api}
 */
public record Setting<T>(T value, Anchor anchor) {}
