package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.util.Map;

/**
 * Not API. A sealed interface's value: the record its {@code "type"} property names, read from the
 * rest of the object. The property may come anywhere in the object, so the object's tokens are
 * scanned for it first and then read again as that record; models write it first, in schema order,
 * but nothing else depends on that.
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
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    if (cursor.currentToken() != JsonToken.START_OBJECT) {
      throw binding.notA(cursor, typeName());
    }
    int start = cursor.position();
    Class<?> subtype = subtype(cursor, binding);
    cursor.seek(start);
    binding.path().pushVariant(subtype.getSimpleName());
    Object value = records.get(subtype).read(cursor, binding, SealedModel.TYPE_PROPERTY);
    binding.path().pop();
    return value;
  }

  /** Scans the object for its {@code "type"}, to the object's end. */
  private Class<?> subtype(TapeCursor cursor, Binding binding) throws BindFailure {
    String choices = TypeNames.list(model.names());
    Class<?> subtype = null;
    for (JsonToken token = cursor.nextToken();
        token == JsonToken.FIELD_NAME;
        token = cursor.nextToken()) {
      String name = cursor.currentName();
      cursor.nextToken();
      if (name.equals(SealedModel.TYPE_PROPERTY)) {
        if (subtype != null) {
          throw binding.failAt(name, "the property appears twice");
        }
        subtype =
            cursor.currentToken() == JsonToken.VALUE_STRING
                ? model.subtype(cursor.sharedText(), binding.tolerant())
                : null;
        if (subtype == null) {
          throw binding.failAt(name, binding.excerpt(cursor) + " is not one of " + choices);
        }
      }
      cursor.skipChildren();
    }
    if (subtype == null) {
      throw binding.failAt(
          SealedModel.TYPE_PROPERTY, "the required property is missing; it is one of " + choices);
    }
    return subtype;
  }
}
