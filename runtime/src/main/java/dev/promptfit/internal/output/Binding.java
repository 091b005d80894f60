package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One binding of one value: the mode it reads in and the path it has reached, and the
 * failures it reports there.
 */
final class Binding {
  private final OutputMode mode;
  private final ValuePath path;

  Binding(OutputMode mode, ValuePath path) {
    this.mode = mode;
    this.path = path;
  }

  boolean tolerant() {
    return mode == OutputMode.TOLERANT;
  }

  ValuePath path() {
    return path;
  }

  /** The value at the parser's current token, null included, read by {@code reader}. */
  @Nullable Object read(ValueReader reader, JsonParser parser) throws IOException, BindFailure {
    return parser.currentToken() == JsonToken.VALUE_NULL
        ? reader.readNull(this)
        : reader.read(parser, this);
  }

  /** {@code detail} about the value where binding stands. */
  BindFailure fail(String detail) {
    return new BindFailure(path.isRoot() ? detail : path + ": " + detail);
  }

  /** {@code detail} about the property {@code name} of the object where binding stands. */
  BindFailure failAt(String name, String detail) {
    return new BindFailure(path.child(name) + ": " + detail);
  }

  /** The value at the parser's current token is not a {@code typeName}. */
  BindFailure notA(JsonParser parser, String typeName) throws IOException {
    return fail(JsonText.value(parser) + " is not " + TypeNames.withArticle(typeName));
  }
}
