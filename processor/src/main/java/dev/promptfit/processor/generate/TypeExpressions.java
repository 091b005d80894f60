package dev.promptfit.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.promptfit.processor.RuntimeNames;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * A generic type as a {@code java.lang.reflect.Type} expression, built without reflection on the
 * interface: {@code Invoice.class}, {@code int.class}, {@code Person[].class}, {@code
 * Types.parameterized(CompletableFuture.class, Types.parameterized(Result.class,
 * Invoice.class))}, {@code Types.arrayOf(Types.parameterized(List.class, String.class))}. Type-use
 * annotations are left out: a class literal cannot carry them.
 */
final class TypeExpressions {
  private static final ClassName TYPES =
      ClassName.get(RuntimeNames.INTERNAL_PACKAGE, RuntimeNames.TYPES_SIMPLE);

  private TypeExpressions() {}

  /** The expression for {@code type}: a primitive, declared or array type without wildcards. */
  static CodeBlock of(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      ClassName raw = ClassName.get((TypeElement) declared.asElement());
      List<? extends TypeMirror> args = declared.getTypeArguments();
      if (args.isEmpty()) {
        return CodeBlock.of("$T.class", raw);
      }
      CodeBlock.Builder code = CodeBlock.builder().add("$T.parameterized($T.class", TYPES, raw);
      for (TypeMirror arg : args) {
        // A nested Types.parameterized may wrap; class literals stay on the line.
        boolean nested = arg.getKind() == TypeKind.DECLARED
            && !((DeclaredType) arg).getTypeArguments().isEmpty();
        code.add(nested ? ",$W$L" : ", $L", of(arg));
      }
      return code.add(")").build();
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeMirror component = ((ArrayType) type).getComponentType();
      TypeName plain = plainClass(component);
      return plain != null
          ? CodeBlock.of("$T.class", ArrayTypeName.of(plain))
          : CodeBlock.of("$T.arrayOf($L)", TYPES, of(component));
    }
    if (type.getKind().isPrimitive()) {
      return CodeBlock.of("$T.class", plainClass(type));
    }
    throw new IllegalArgumentException("no type expression for " + type);
  }

  /** {@code type} as a class without annotations, or null where it is generic. */
  private static TypeName plainClass(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return switch (type.getKind()) {
        case BOOLEAN -> TypeName.BOOLEAN;
        case BYTE -> TypeName.BYTE;
        case SHORT -> TypeName.SHORT;
        case INT -> TypeName.INT;
        case LONG -> TypeName.LONG;
        case CHAR -> TypeName.CHAR;
        case FLOAT -> TypeName.FLOAT;
        default -> TypeName.DOUBLE;
      };
    }
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).getTypeArguments().isEmpty()) {
      return ClassName.get((TypeElement) ((DeclaredType) type).asElement());
    }
    if (type.getKind() == TypeKind.ARRAY) {
      TypeName component = plainClass(((ArrayType) type).getComponentType());
      return component == null ? null : ArrayTypeName.of(component);
    }
    return null;
  }
}
