package dev.promptfit.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Names of types: as messages show them ({@code Map<String, Integer>}, with simple names and no
 * annotations), as identities ({@code com.x.Page<com.x.Person>}), and as {@code $defs} names
 * ({@code Page_Person}).
 */
public final class TypeDisplay {
  private TypeDisplay() {}

  /** {@code type} as a message shows it. */
  public static String of(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        String name = simpleNames((TypeElement) declared.asElement());
        List<? extends TypeMirror> args = declared.getTypeArguments();
        yield args.isEmpty()
            ? name
            : name + args.stream().map(TypeDisplay::of).collect(Collectors.joining(", ", "<", ">"));
      }
      case ARRAY -> of(((ArrayType) type).getComponentType()) + "[]";
      case WILDCARD -> {
        WildcardType wildcard = (WildcardType) type;
        if (wildcard.getExtendsBound() != null) {
          yield "? extends " + of(wildcard.getExtendsBound());
        } else if (wildcard.getSuperBound() != null) {
          yield "? super " + of(wildcard.getSuperBound());
        }
        yield "?";
      }
      case TYPEVAR -> ((TypeVariable) type).asElement().getSimpleName().toString();
      case BOOLEAN, BYTE, SHORT, INT, LONG, CHAR, FLOAT, DOUBLE, VOID ->
          type.getKind().name().toLowerCase(java.util.Locale.ROOT);
      default -> stripAnnotations(type.toString());
    };
  }

  /** A name that is the same for the same type, whatever annotations its uses carry. */
  static String key(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
        List<? extends TypeMirror> args = declared.getTypeArguments();
        yield args.isEmpty()
            ? name
            : name + args.stream().map(TypeDisplay::key).collect(Collectors.joining(",", "<", ">"));
      }
      case ARRAY -> key(((ArrayType) type).getComponentType()) + "[]";
      default -> of(type);
    };
  }

  /** {@code Outer_Inner}, {@code Page_Person}: a readable {@code $defs} name for {@code type}. */
  static String definitionName(TypeMirror type) {
    return switch (type.getKind()) {
      case DECLARED -> {
        DeclaredType declared = (DeclaredType) type;
        StringBuilder name =
            new StringBuilder(simpleNames((TypeElement) declared.asElement()).replace('.', '_'));
        for (TypeMirror arg : declared.getTypeArguments()) {
          name.append('_').append(definitionName(arg));
        }
        yield name.toString();
      }
      case ARRAY -> definitionName(((ArrayType) type).getComponentType()) + "Array";
      default -> of(type).replaceAll("[^A-Za-z0-9_]", "_");
    };
  }

  /** {@code Outer.Inner} for {@code com.x.Outer.Inner}. */
  public static String simpleNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type;
        e != null && e.getKind() != ElementKind.PACKAGE && e.getKind() != ElementKind.MODULE;
        e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return String.join(".", names);
  }

  /** javac prints type-use annotations inside type names; messages show the bare type. */
  private static String stripAnnotations(String text) {
    return text.replaceAll("@[\\w.]+(\\([^)]*\\))?\\s*", "");
  }
}
