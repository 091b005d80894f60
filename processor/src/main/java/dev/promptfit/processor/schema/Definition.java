package dev.promptfit.processor.schema;

import javax.lang.model.element.TypeElement;

/**
 * A record, enum or sealed interface met in the walk, with how often and how it is used: one used
 * once and not recursively is written in place, any other goes to {@code $defs} (or is the root,
 * {@code "#"}).
 */
final class Definition {
  final TypeElement element;
  /** The preferred {@code $defs} name: simple names joined with {@code _}, type arguments too. */
  final String baseName;
  Node body = new Node.Invalid();
  int uses;
  boolean recursive;
  boolean inProgress;
  boolean root;
  /** The {@code $defs} name, once the renderer has chosen it. */
  String name;

  Definition(TypeElement element, String baseName) {
    this.element = element;
    this.baseName = baseName;
  }

  /** Whether each use is written in place rather than as a {@code $ref}. */
  boolean inline() {
    return !root && uses <= 1 && !recursive;
  }
}
