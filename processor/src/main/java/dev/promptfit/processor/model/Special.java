package dev.promptfit.processor.model;

import dev.promptfit.processor.RuntimeNames;
import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * What a parameter is to the runtime: an ordinary argument that templates use, or one of the
 * special parameters recognised by type and never a placeholder. Types are matched exactly, by
 * qualified name, as {@link ReturnKind} matches return types.
 */
public enum Special {
  /** An ordinary parameter: a placeholder's value. */
  NONE(""),
  /** {@code CallOptions}: per-call overrides. */
  CALL_OPTIONS("CallOptions"),
  /** {@code Conversation}: the earlier turns, sent before the user message. */
  CONVERSATION("Conversation"),
  /** {@code Image}: attached to the user message after its text. */
  IMAGE("Image"),
  /** {@code Document}: attached to the user message after its text. */
  DOCUMENT("Document"),
  /** {@code List<Image>}: each attached, in order. */
  IMAGE_LIST("List<Image>"),
  /** {@code List<Document>}: each attached, in order. */
  DOCUMENT_LIST("List<Document>");

  private final String display;

  Special(String display) {
    this.display = display;
  }

  /** How users write the type, e.g. {@code List<Image>}. */
  public String display() {
    return display;
  }

  /** Whether it is an image or a document, alone or in a list. */
  public boolean isAttachment() {
    return this == IMAGE || this == DOCUMENT || this == IMAGE_LIST || this == DOCUMENT_LIST;
  }

  /** What a parameter of {@code type} is. */
  public static Special of(TypeMirror type) {
    if (ReturnKind.isClass(type, RuntimeNames.CALL_OPTIONS)) {
      return CALL_OPTIONS;
    }
    if (ReturnKind.isClass(type, RuntimeNames.CONVERSATION)) {
      return CONVERSATION;
    }
    if (ReturnKind.isClass(type, RuntimeNames.IMAGE)) {
      return IMAGE;
    }
    if (ReturnKind.isClass(type, RuntimeNames.DOCUMENT)) {
      return DOCUMENT;
    }
    if (ReturnKind.isClass(type, "java.util.List")) {
      List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
      if (args.size() == 1 && ReturnKind.isClass(args.get(0), RuntimeNames.IMAGE)) {
        return IMAGE_LIST;
      }
      if (args.size() == 1 && ReturnKind.isClass(args.get(0), RuntimeNames.DOCUMENT)) {
        return DOCUMENT_LIST;
      }
    }
    return NONE;
  }

  /**
   * Whether {@code type} holds an image, a document or a conversation in a form the runtime does
   * not take (an array, a set, a wildcard list, {@code Optional}): almost always a mistake for one
   * of the special forms.
   */
  public static boolean mentionsSpecialType(TypeMirror type) {
    String written = type.toString();
    return written.contains(RuntimeNames.IMAGE)
        || written.contains(RuntimeNames.DOCUMENT)
        || written.contains(RuntimeNames.CONVERSATION);
  }
}
