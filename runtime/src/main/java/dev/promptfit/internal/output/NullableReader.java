package dev.promptfit.internal.output;

import org.jspecify.annotations.Nullable;

/**
 * Not API. A value the schema lets be {@code null} because of a {@code Nullable} annotation where
 * it is used ({@code List<@Nullable String>}'s elements, an answer whose method is
 * {@code @Nullable}): JSON {@code null} is Java {@code null}, anything else is read as usual.
 */
final class NullableReader extends ValueReader {
  private final ValueReader value;

  NullableReader(ValueReader value) {
    super(value.typeName());
    this.value = value;
  }

  @Override
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    return value.read(cursor, binding);
  }

  @Override
  @Nullable Object readNull(Binding binding) {
    return null;
  }
}
