package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.Optional;

/**
 * Not API. {@code Optional<X>}: JSON {@code null} is {@code Optional.empty()}, anything else must
 * be an {@code X}. Messages name {@code X}, the type a present value must have.
 */
final class OptionalReader extends ValueReader {
  private final ValueReader value;

  OptionalReader(ValueReader value) {
    super(value.typeName());
    this.value = value;
  }

  @Override
  Object read(JsonParser parser, Binding binding) throws IOException, BindFailure {
    return Optional.of(value.read(parser, binding));
  }

  @Override
  Object readNull(Binding binding) {
    return Optional.empty();
  }
}
