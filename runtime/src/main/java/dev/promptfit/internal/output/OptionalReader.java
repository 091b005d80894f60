package dev.promptfit.internal.output;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Not API. {@code Optional<X>}, {@code OptionalInt}, {@code OptionalLong} and {@code
 * OptionalDouble}: JSON {@code null} is the empty one, anything else must be the value. Messages
 * name the value's type, which a present value must have.
 */
final class OptionalReader extends ValueReader {
  private final ValueReader value;
  private final Function<Object, Object> present;
  private final Object empty;

  private OptionalReader(ValueReader value, Function<Object, Object> present, Object empty) {
    super(value.typeName());
    this.value = value;
    this.present = present;
    this.empty = empty;
  }

  /** {@code Optional<X>} where {@code value} reads the X. */
  static OptionalReader of(ValueReader value) {
    return new OptionalReader(value, Optional::of, Optional.empty());
  }

  /** {@code OptionalInt}, {@code OptionalLong} or {@code OptionalDouble}, or null for another. */
  static @Nullable OptionalReader primitive(Class<?> type) {
    if (type == OptionalInt.class) {
      return new OptionalReader(
          ScalarReader.of(int.class), v -> OptionalInt.of((Integer) v), OptionalInt.empty());
    }
    if (type == OptionalLong.class) {
      return new OptionalReader(
          ScalarReader.of(long.class), v -> OptionalLong.of((Long) v), OptionalLong.empty());
    }
    if (type == OptionalDouble.class) {
      return new OptionalReader(
          ScalarReader.of(double.class),
          v -> OptionalDouble.of((Double) v),
          OptionalDouble.empty());
    }
    return null;
  }

  @Override
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    return present.apply(value.read(cursor, binding));
  }

  @Override
  Object readNull(Binding binding) {
    return empty;
  }
}
