package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Not API. An enum constant from its name, a JSON string; ignoring case only when tolerant. */
final class EnumReader extends ValueReader {
  private final EnumModel model;

  EnumReader(EnumModel model) {
    super(TypeNames.of(model.type()));
    this.model = model;
  }

  @Override
  Object read(JsonParser parser, Binding binding) throws IOException, BindFailure {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw binding.notA(parser, typeName());
    }
    Object constant = model.constant(parser.getText(), binding.tolerant());
    if (constant == null) {
      throw binding.fail(
          binding.excerpt(parser) + " is not one of " + TypeNames.list(model.names()));
    }
    return constant;
  }
}
