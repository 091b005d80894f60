package dev.promptfit.internal.output;

import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads the JSON value of one Java type from a cursor over its tokens, as strictly as the
 * schema the processor wrote for it. One reader per type, built once by {@link Readers}; readers
 * hold no state of a binding, so they are shared.
 */
abstract class ValueReader {
  private final String typeName;

  ValueReader(String typeName) {
    this.typeName = typeName;
  }

  /** The type as messages name it: {@code int}, {@code List<Line>}, {@code Invoice}. */
  final String typeName() {
    return typeName;
  }

  /**
   * The value that starts at the cursor's current token, which is not {@code null}; on return the
   * current token is the value's last.
   */
  abstract Object read(TapeCursor cursor, Binding binding) throws BindFailure;

  /** What a JSON {@code null} binds to: by default nothing, it is wrong. */
  @Nullable Object readNull(Binding binding) throws BindFailure {
    throw binding.fail("null is not " + TypeNames.withArticle(typeName));
  }
}
