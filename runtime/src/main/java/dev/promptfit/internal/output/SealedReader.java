package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Map;

/**
 * Not API. A sealed interface's value: the record its {@code "type"} property names, read from the
 * rest of the object. The property may come anywhere in the object, so the object is buffered
 * first; models write it first, in schema order, but nothing else depends on that.
 */
final class SealedReader extends ValueReader {
  private final SealedModel model;
  private final Map<Class<?>, RecordReader> records;

  SealedReader(SealedModel model, Map<Class<?>, RecordReader> records) {
    super(TypeNames.of(model.type()));
    this.model = model;
    this.records = Map.copyOf(records);
  }

  @Override
  Object read(JsonParser parser, Binding binding) throws IOException, BindFailure {
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw binding.notA(parser, typeName());
    }
    TokenBuffer object = new TokenBuffer((ObjectCodec) null, false);
    object.copyCurrentStructure(parser);
    Class<?> subtype = subtype(object, binding);
    JsonParser rest = object.asParser();
    rest.nextToken();
    binding.path().pushVariant(subtype.getSimpleName());
    Object value = records.get(subtype).read(rest, binding, SealedModel.TYPE_PROPERTY);
    binding.path().pop();
    return value;
  }

  private Class<?> subtype(TokenBuffer object, Binding binding) throws IOException, BindFailure {
    String choices = TypeNames.list(model.names());
    Class<?> subtype = null;
    JsonParser scan = object.asParser();
    scan.nextToken();
    for (JsonToken token = scan.nextToken();
        token == JsonToken.FIELD_NAME;
        token = scan.nextToken()) {
      String name = scan.currentName();
      scan.nextToken();
      if (name.equals(SealedModel.TYPE_PROPERTY)) {
        if (subtype != null) {
          throw binding.failAt(name, "the property appears twice");
        }
        subtype =
            scan.currentToken() == JsonToken.VALUE_STRING
                ? model.subtype(scan.getText(), binding.tolerant())
                : null;
        if (subtype == null) {
          throw binding.failAt(name, binding.excerpt(scan) + " is not one of " + choices);
        }
      }
      scan.skipChildren();
    }
    if (subtype == null) {
      throw binding.failAt(
          SealedModel.TYPE_PROPERTY, "the required property is missing; it is one of " + choices);
    }
    return subtype;
  }
}
