package dev.promptfit.processor.model;

import dev.promptfit.processor.model.MethodModel.Kind;
import dev.promptfit.processor.schema.SchemaGenerator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads an interface into an {@link InterfaceModel}. It records what the source says, mistakes
 * included, and judges nothing: that is the validator's job, and the writer only ever sees a
 * model the validator passed.
 *
 * <p>An inherited method takes its type-level defaults ({@code @Model}, {@code @Instructions},
 * ...) from the interface that declares it, not from the one being implemented: annotations
 * describe the code they are written on, and a superinterface then means the same thing to every
 * subinterface.
 */
public final class ModelReader {
  private final Elements elements;
  private final Types types;
  private final InterfaceMembers members;
  private final ReturnReader returns;
  private final Map<TypeElement, Settings> typeSettings = new HashMap<>();

  /** Creates a reader that works with the given compiler utilities. */
  public ModelReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.members = new InterfaceMembers(elements, types);
    this.returns = new ReturnReader(types, new SchemaGenerator(elements, types));
  }

  /** The model of {@code type}, which must be an interface. */
  public InterfaceModel read(TypeElement type) {
    List<MethodModel> methods = new ArrayList<>();
    for (ExecutableElement method : members.relevantMethods(type)) {
      methods.add(readMethod(type, method));
    }
    PackageElement pkg = elements.getPackageOf(type);
    return new InterfaceModel(
        type, pkg.getQualifiedName().toString(), simpleNames(type), settingsOf(type), methods);
  }

  private MethodModel readMethod(TypeElement implemented, ExecutableElement method) {
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    ExecutableType resolved =
        (ExecutableType) types.asMemberOf((DeclaredType) implemented.asType(), method);
    List<Parameter> parameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement parameter = method.getParameters().get(i);
      TypeMirror type = resolved.getParameterTypes().get(i);
      parameters.add(
          new Parameter(
              parameter,
              parameter.getSimpleName().toString(),
              type,
              Special.of(type),
              AnnotationReader.alias(parameter)));
    }
    return new MethodModel(
        method,
        declaring,
        String.join(".", simpleNames(declaring)),
        kindOf(method),
        AnnotationReader.prompt(method),
        AnnotationReader.settings(method),
        settingsOf(declaring),
        parameters,
        resolved.getReturnType(),
        returns.read(method, resolved.getReturnType()),
        signature(method, resolved));
  }

  private Settings settingsOf(TypeElement type) {
    return typeSettings.computeIfAbsent(type, AnnotationReader::settings);
  }

  /** How {@code method}, an interface method, is declared. */
  public static Kind kindOf(ExecutableElement method) {
    Set<Modifier> modifiers = method.getModifiers();
    if (modifiers.contains(Modifier.ABSTRACT)) {
      return Kind.ABSTRACT;
    } else if (modifiers.contains(Modifier.STATIC)) {
      return Kind.STATIC;
    } else if (modifiers.contains(Modifier.DEFAULT)) {
      return Kind.DEFAULT;
    }
    return Kind.PRIVATE;
  }

  /** {@code translate(java.lang.String,java.lang.String)}, erased as overriding compares. */
  private String signature(ExecutableElement method, ExecutableType resolved) {
    return method.getSimpleName()
        + resolved.getParameterTypes().stream()
            .map(t -> types.erasure(t).toString())
            .collect(Collectors.joining(",", "(", ")"));
  }

  /** {@code Outer.Inner} for {@code com.x.Outer.Inner}: how messages name a type. */
  public static String displayName(TypeElement type) {
    return String.join(".", simpleNames(type));
  }

  /** {@code [Outer, Inner]} for {@code com.x.Outer.Inner}. */
  static List<String> simpleNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return names;
  }
}
