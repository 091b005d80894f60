package dev.promptfit.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The signature of a generated override: name, parameters (source names, {@code final} and
 * varargs kept), return type and {@code throws} clause, with types as members of the implemented
 * interface so that a method inherited from {@code Base<String>} takes a {@code String}.
 *
 * <p>JavaPoet's own {@code MethodSpec.overriding} drops type-use annotations, so JSpecify's {@code
 * @Nullable String text} would become {@code String text}, and a nullness checker rejects an
 * override that accepts less than what it overrides. Annotations on a parameter's type and on
 * array components are kept; those nested in type arguments are not.
 */
final class OverrideSignature {
  private OverrideSignature() {}

  /** A builder for the public override of {@code method} in a class implementing {@code owner}. */
  static MethodSpec.Builder of(ExecutableElement method, DeclaredType owner, Types types) {
    ExecutableType resolved = (ExecutableType) types.asMemberOf(owner, method);
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.getSimpleName().toString())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.get(resolved.getReturnType()))
            .varargs(method.isVarArgs());
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      TypeName type = annotated(resolved.getParameterTypes().get(i), parameter.asType());
      spec.addParameter(
          ParameterSpec.builder(
                  type,
                  parameter.getSimpleName().toString(),
                  parameter.getModifiers().toArray(new Modifier[0]))
              .build());
    }
    for (TypeMirror thrown : resolved.getThrownTypes()) {
      spec.addException(TypeName.get(thrown));
    }
    return spec;
  }

  /** {@code resolved} carrying the type-use annotations written on {@code declared}. */
  private static TypeName annotated(TypeMirror resolved, TypeMirror declared) {
    TypeName name;
    if (resolved.getKind() == TypeKind.ARRAY && declared.getKind() == TypeKind.ARRAY) {
      name =
          ArrayTypeName.of(
              annotated(
                  ((ArrayType) resolved).getComponentType(),
                  ((ArrayType) declared).getComponentType()));
    } else {
      name = TypeName.get(resolved);
    }
    List<AnnotationSpec> annotations =
        declared.getAnnotationMirrors().stream().map(AnnotationSpec::get).toList();
    return annotations.isEmpty() ? name : name.annotated(annotations);
  }
}
