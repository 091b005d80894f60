package dev.promptfit.internal.output;

import java.util.Arrays;

/**
 * Not API. Where in the answer's value binding is, in the terms of the method's return type: {@code
 * Invoice.lines[2].quantity}. It starts with the name of the root type: the record for a record
 * answer, the element type for a list answer (so a list's elements read {@code Person[3].age},
 * whole or streamed), and the type itself for any other answer. Properties follow as {@code .name}
 * (their JSON names), or {@code ["odd name"]} where the name is not an identifier; list or array
 * elements as {@code [index]}; and the record a sealed interface's {@code "type"} chose as {@code
 * (Circle)}: {@code Drawing.shapes[0](Circle).radius}. The processor's paths read the same, with
 * {@code []} for any element.
 *
 * <p>Mutable: binding pushes and pops segments as it descends, and a failure renders the path where
 * it stands.
 */
final class ValuePath {
  private static final int MAX_NAME_CHARS = 60;

  private final String root;
  // A segment is a name, a Variant, or INDEX with the index in indices: no boxing per element.
  private static final Object INDEX = new Object();

  private Object[] segments = new Object[8];
  private int[] indices = new int[8];
  private int size;

  ValuePath(String root) {
    this.root = root;
  }

  void push(String name) {
    grow();
    segments[size++] = name;
  }

  void push(int index) {
    grow();
    indices[size] = index;
    segments[size++] = INDEX;
  }

  /** The record a sealed interface's value turned out to be, by its simple name. */
  void pushVariant(String record) {
    grow();
    segments[size++] = new Variant(record);
  }

  void pop() {
    segments[--size] = null;
  }

  /** Back to the root. */
  void clear() {
    while (size > 0) {
      pop();
    }
  }

  /** True at the root itself, where a message needs no path. */
  boolean isRoot() {
    return size == 0;
  }

  /** {@code Invoice.lines[2]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(root);
    for (int i = 0; i < size; i++) {
      if (segments[i] == INDEX) {
        out.append('[').append(indices[i]).append(']');
      } else {
        appendSegment(out, segments[i]);
      }
    }
    return out.toString();
  }

  /** This path with {@code name} appended, without changing it. */
  String child(String name) {
    StringBuilder out = new StringBuilder(toString());
    appendSegment(out, name);
    return out.toString();
  }

  private static void appendSegment(StringBuilder out, Object segment) {
    if (segment instanceof Variant variant) {
      out.append('(').append(variant.record()).append(')');
    } else if (isIdentifier((String) segment)) {
      out.append('.').append((String) segment);
    } else {
      out.append('[').append(JsonText.quote((String) segment, MAX_NAME_CHARS)).append(']');
    }
  }

  private static boolean isIdentifier(String name) {
    if (name.isEmpty() || name.length() > MAX_NAME_CHARS || !isStart(name.charAt(0))) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
        return false;
      }
    }
    return true;
  }

  private static boolean isStart(char c) {
    return Character.isLetter(c) || c == '_' || c == '$';
  }

  private record Variant(String record) {}

  private void grow() {
    if (size == segments.length) {
      segments = Arrays.copyOf(segments, size * 2);
      indices = Arrays.copyOf(indices, size * 2);
    }
  }
}
