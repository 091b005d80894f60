package dev.promptfit.processor.model;

import java.util.Optional;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One parameter of a prompt method.
 *
 * @param element the parameter as declared
 * @param name its name in the source (javac keeps it for sources, so no {@code -parameters})
 * @param type its type as a member of the interface being implemented
 * @param special what it is to the runtime: an ordinary argument, or a special parameter
 *     ({@code CallOptions}, {@code Conversation}, an attachment) that is never a placeholder
 * @param alias the {@code @Var} value, where there is one
 */
public record Parameter(
    VariableElement element,
    String name,
    TypeMirror type,
    Special special,
    Optional<Setting<String>> alias) {

  /** Whether it is the {@code CallOptions} parameter. */
  public boolean callOptions() {
    return special == Special.CALL_OPTIONS;
  }

  /** Whether it is a special parameter, recognised by type and never a placeholder. */
  public boolean isSpecial() {
    return special != Special.NONE;
  }

  /** The name templates use for this parameter: its {@code @Var} alias, else its name. */
  public String placeholder() {
    return alias.map(Setting::value).orElse(name);
  }

  /**
   * Whether this is a {@code char[]}: concatenation would print its identity, so generated code
   * always converts it with {@code String.valueOf(char[])}.
   */
  public boolean isCharArray() {
    return type.getKind() == TypeKind.ARRAY
        && ((ArrayType) type).getComponentType().getKind() == TypeKind.CHAR;
  }
}
