package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One binding of one value: the mode it reads in and the path it has reached, and the
 * failures it reports there. What a message quotes of the answer passes the redactor before it is
 * cut short, so a cut never leaves part of an API key.
 */
final class Binding {
  private final OutputMode mode;
  private final ValuePath path;
  private final UnaryOperator<String> redact;

  Binding(OutputMode mode, ValuePath path, UnaryOperator<String> redact) {
    this.mode = mode;
    this.path = path;
    this.redact = redact;
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
    return new BindFailure(path.child(redact.apply(name)) + ": " + detail);
  }

  /** The value at the parser's current token is not a {@code typeName}. */
  BindFailure notA(JsonParser parser, String typeName) throws IOException {
    return fail(excerpt(parser) + " is not " + TypeNames.withArticle(typeName));
  }

  /** The value at the parser's current token, short and redacted ({@link JsonText#value}). */
  String excerpt(JsonParser parser) throws IOException {
    return JsonText.value(parser, redact);
  }

  /** {@code text} from elsewhere (an exception's message), redacted and then cut. */
  String redacted(String text, int max) {
    return JsonText.cut(redact.apply(text), max);
  }
}
