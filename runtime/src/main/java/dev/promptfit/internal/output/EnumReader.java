package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;

/** Not API. An enum constant from its name, a JSON string; ignoring case only when tolerant. */
final class EnumReader extends ValueReader {
  private final EnumModel model;

  EnumReader(EnumModel model) {
    super(TypeNames.of(model.type()));
    this.model = model;
  }

  @Override
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    if (cursor.currentToken() != JsonToken.VALUE_STRING) {
      throw binding.notA(cursor, typeName());
    }
    Object constant = model.constant(cursor.sharedText(), binding.tolerant());
    if (constant == null) {
      throw binding.fail(
          binding.excerpt(cursor) + " is not one of " + TypeNames.list(model.names()));
    }
    return constant;
  }
}
