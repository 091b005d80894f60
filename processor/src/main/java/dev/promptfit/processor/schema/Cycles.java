package dev.promptfit.processor.schema;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Finds records that contain themselves through required, non-null components only: strict mode
 * would accept their schema, but no finite answer fits it. A cycle is harmless when some step on
 * it can end: a nullable value, an array (which may be empty), or a sealed interface with another
 * permitted record to choose. The walk counts such steps on its current path ({@link #escape()},
 * {@link #unescape()}), and a cycle that closes with the count it started with has none.
 */
final class Cycles {
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int escapes;

  /** A record or sealed interface being walked, and the count of escapes when it began. */
  private record Frame(Definition definition, int escapes) {}

  /** The walk enters {@code definition}. */
  void enter(Definition definition) {
    stack.push(new Frame(definition, escapes));
  }

  /** The walk leaves the definition it entered last. */
  void exit() {
    stack.pop();
  }

  /** The walk takes a step that can end a cycle. */
  void escape() {
    escapes++;
  }

  /** The walk is back from such a step. */
  void unescape() {
    escapes--;
  }

  /**
   * Whether {@code definition}, met again while it is being walked, closes a cycle that nothing on
   * the way back to it could end.
   */
  boolean endless(Definition definition) {
    for (Frame frame : stack) {
      if (frame.definition() == definition) {
        return frame.escapes() == escapes;
      }
    }
    return false;
  }
}
