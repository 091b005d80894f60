package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.lang.reflect.InvocationTargetException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A record from a JSON object, through its canonical constructor. Every component must be
 * present: an absent one is an error, never a default, except that, when tolerant, an {@code
 * Optional} component (of any kind) becomes empty and a {@code @Nullable} one null (a strict schema
 * requires every property, null ones written as {@code null}, so an absent one there is an answer
 * the schema did not produce), and a {@code @JsonIgnore}d one, which the schema leaves out, gets
 * its type's default as Jackson would give it. A property that appears twice is an error; one the
 * record lacks is an error when strict and skipped when tolerant (an ignored component's is always
 * skipped). A compact constructor that rejects the values fails the binding with its message.
 */
final class RecordReader extends ValueReader {
  private static final int REASON_CHARS = 200;

  private final RecordModel model;
  private final List<String> names;
  private ValueReader[] components = new ValueReader[0];

  /** A reader of {@code model}'s record, used as the type named {@code typeName}. */
  RecordReader(RecordModel model, String typeName) {
    super(typeName);
    this.model = model;
    this.names =
        model.components().stream()
            .filter(c -> c.nulls() != RecordModel.Nulls.IGNORED)
            .map(RecordModel.Component::name)
            .toList();
  }

  /** Sets the components' readers, once, before the reader is shared (records can recurse). */
  void resolve(ValueReader[] components) {
    this.components = components;
  }

  @Override
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    return read(cursor, binding, null);
  }

  /** The record, skipping the property {@code discriminator}, which its sealed interface read. */
  Object read(TapeCursor cursor, Binding binding, @Nullable String discriminator)
      throws BindFailure {
    if (cursor.currentToken() != JsonToken.START_OBJECT) {
      throw binding.notA(cursor, typeName());
    }
    List<RecordModel.Component> declared = model.components();
    @Nullable Object[] values = new Object[declared.size()];
    boolean[] seen = new boolean[declared.size()];
    ValuePath path = binding.path();
    for (JsonToken token = cursor.nextToken();
        token == JsonToken.FIELD_NAME;
        token = cursor.nextToken()) {
      String name = cursor.currentName();
      cursor.nextToken();
      int index = model.indexOf(name);
      if (index < 0) {
        boolean known = name.equals(discriminator) || model.isIgnored(name);
        if (!known && !binding.tolerant()) {
          throw binding.failAt(
              name, "unknown property; " + typeName() + " has " + TypeNames.list(names));
        }
        cursor.skipChildren();
        continue;
      }
      if (seen[index]) {
        throw binding.failAt(name, "the property appears twice");
      }
      seen[index] = true;
      RecordModel.Component component = declared.get(index);
      path.push(name);
      values[index] =
          cursor.currentToken() == JsonToken.VALUE_NULL
                  && component.nulls() == RecordModel.Nulls.NULLABLE
              ? null
              : binding.read(components[index], cursor);
      path.pop();
    }
    for (int i = 0; i < values.length; i++) {
      if (!seen[i]) {
        RecordModel.Component component = declared.get(i);
        RecordModel.Nulls nulls = component.nulls();
        if (!binding.tolerant()
            && (nulls == RecordModel.Nulls.OPTIONAL || nulls == RecordModel.Nulls.NULLABLE)) {
          throw binding.failAt(
              component.name(),
              "the required property is missing (the schema requires every property; an empty"
                  + " value is written as null)");
        }
        switch (nulls) {
          case OPTIONAL -> values[i] = components[i].readNull(binding);
          case NULLABLE -> values[i] = null;
          case IGNORED -> values[i] = RecordModel.defaultOf(component.rawType());
          default -> throw binding.failAt(component.name(), "the required property is missing");
        }
      }
    }
    try {
      return model.construct(values);
    } catch (InvocationTargetException e) {
      throw binding.fail(
          typeName()
              + " rejected the values: "
              + binding.redacted(reason(e.getCause()), REASON_CHARS));
    }
  }

  private static String reason(@Nullable Throwable cause) {
    if (cause == null) {
      return "no reason given";
    }
    String message = cause.getMessage();
    return message == null || message.isBlank()
        ? cause.getClass().getSimpleName()
        : message + " (" + cause.getClass().getSimpleName() + ")";
  }
}
