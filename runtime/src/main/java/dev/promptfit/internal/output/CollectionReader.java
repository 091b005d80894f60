package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A JSON array as a {@code List}, a {@code Set} or a Java array. Lists and sets are
 * unmodifiable and keep the answer's order (a set keeps each element's first place); no element may
 * be null.
 */
final class CollectionReader extends ValueReader {
  enum Kind {
    LIST,
    SET,
    ARRAY
  }

  private final Kind kind;
  private final @Nullable Class<?> componentType;
  private final ValueReader element;

  /** A list or set reader; {@code componentType} is the array's, for {@link Kind#ARRAY}. */
  CollectionReader(
      String typeName, Kind kind, @Nullable Class<?> componentType, ValueReader element) {
    super(typeName);
    this.kind = kind;
    this.componentType = componentType;
    this.element = element;
  }

  ValueReader element() {
    return element;
  }

  @Override
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    if (cursor.currentToken() != JsonToken.START_ARRAY) {
      throw binding.notA(cursor, typeName());
    }
    List<@Nullable Object> elements = new ArrayList<>();
    ValuePath path = binding.path();
    for (int i = 0; cursor.nextToken() != JsonToken.END_ARRAY; i++) {
      path.push(i);
      elements.add(binding.read(element, cursor));
      path.pop();
    }
    return collect(elements);
  }

  /** The collection of elements read one by one, in order. */
  Object collect(List<@Nullable Object> elements) {
    switch (kind) {
      case LIST:
        return Collections.unmodifiableList(elements);
      case SET:
        return Collections.unmodifiableSet(new LinkedHashSet<>(elements));
      default:
        Object array = Array.newInstance(componentType, elements.size());
        for (int i = 0; i < elements.size(); i++) {
          Array.set(array, i, elements.get(i));
        }
        return array;
    }
  }
}
