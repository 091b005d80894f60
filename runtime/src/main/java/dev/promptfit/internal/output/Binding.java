package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
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

  /** The value at the cursor's current token, null included, read by {@code reader}. */
  @Nullable Object read(ValueReader reader, TapeCursor cursor) throws BindFailure {
    return cursor.currentToken() == JsonToken.VALUE_NULL
        ? reader.readNull(this)
        : reader.read(cursor, this);
  }

  /** {@code detail} about the value where binding stands. */
  BindFailure fail(String detail) {
    return new BindFailure(path.isRoot() ? detail : path + ": " + detail);
  }

  /** {@code detail} about the property {@code name} of the object where binding stands. */
  BindFailure failAt(String name, String detail) {
    return new BindFailure(path.child(redact.apply(name)) + ": " + detail);
  }

  /** The value at the cursor's current token is not a {@code typeName}. */
  BindFailure notA(TapeCursor cursor, String typeName) {
    return fail(excerpt(cursor) + " is not " + TypeNames.withArticle(typeName));
  }

  /** The value at the cursor's current token, short and redacted ({@link JsonText#value}). */
  String excerpt(TapeCursor cursor) {
    return JsonText.value(cursor, redact);
  }

  /** {@code text} from elsewhere (an exception's message), redacted and then cut. */
  String redacted(String text, int max) {
    return JsonText.cut(redact.apply(text), max);
  }
}
