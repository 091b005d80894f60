package dev.promptfit.processor.model;

import dev.promptfit.annotation.Tool;
import dev.promptfit.processor.schema.Javadoc;
import dev.promptfit.processor.schema.PropertySpec;
import dev.promptfit.processor.schema.SchemaGenerator;
import dev.promptfit.processor.schema.SchemaResult;
import dev.promptfit.processor.schema.TypeDisplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads a class's {@code @Tool} methods into a {@link ToolClassModel}: names, descriptions,
 * parameters and the schemas of parameters and results. Like {@link ModelReader} it records what
 * the source says, mistakes included, and judges nothing.
 *
 * <p>Only the methods the class declares count: a subclass gets its own binder with its own
 * {@code @Tool} methods.
 */
public final class ToolModelReader {
  private final Elements elements;
  private final SchemaGenerator schemas;

  /** A reader that works with javac's utilities. */
  public ToolModelReader(Elements elements, Types types) {
    this.elements = elements;
    this.schemas = new SchemaGenerator(elements, types);
  }

  /** Whether {@code type} declares a method annotated {@code @Tool}. */
  public static boolean hasTools(TypeElement type) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .anyMatch(m -> AnnotationReader.find(m, Tool.class).isPresent());
  }

  /** The model of {@code type}. */
  public ToolClassModel read(TypeElement type) {
    List<ToolModel> tools = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      AnnotationReader.find(method, Tool.class).ifPresent(tool -> tools.add(read(method, tool)));
    }
    return new ToolClassModel(
        type,
        elements.getPackageOf(type).getQualifiedName().toString(),
        ModelReader.simpleNames(type),
        tools);
  }

  private ToolModel read(ExecutableElement method, AnnotationMirror tool) {
    Optional<AnnotationValue> nameValue = member(tool, "name");
    String name =
        nameValue.map(v -> String.valueOf(v.getValue())).filter(n -> !n.isEmpty())
            .orElse(method.getSimpleName().toString());
    Anchor nameAnchor = new Anchor(method, tool, nameValue.orElse(null));
    Optional<String> doc = Optional.ofNullable(elements.getDocComment(method));
    String description =
        member(tool, "value")
            .map(v -> String.valueOf(v.getValue()).strip())
            .filter(d -> !d.isEmpty())
            .or(() -> doc.flatMap(Javadoc::firstSentence))
            .orElse("");
    Map<String, String> params = doc.map(Javadoc::params).orElse(Map.of());
    List<ToolModel.ToolParameter> parameters = new ArrayList<>();
    List<PropertySpec> specs = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      String parameterName = parameter.getSimpleName().toString();
      TypeMirror type = parameter.asType();
      parameters.add(
          new ToolModel.ToolParameter(
              parameter,
              parameterName,
              type,
              SchemaGenerator.nullable(parameter) || SchemaGenerator.nullable(type)));
      specs.add(
          new PropertySpec(
              parameterName,
              type,
              Optional.<Element>of(parameter),
              Optional.ofNullable(params.get(parameterName))));
    }
    TypeMirror returnType = method.getReturnType();
    ToolModel model =
        new ToolModel(
            method, name, nameAnchor, description, parameters, returnType,
            schemas.object(specs), Optional.empty());
    if (model.result() == ToolModel.Result.JSON) {
      SchemaResult result = schemas.type(returnType, TypeDisplay.of(returnType));
      model =
          new ToolModel(
              method, name, nameAnchor, description, parameters, returnType,
              model.parameterSchema(), Optional.of(result));
    }
    return model;
  }

  /** An explicitly written member of {@code annotation}; defaults are not written. */
  private static Optional<AnnotationValue> member(AnnotationMirror annotation, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  /** Whether {@code element} is a kind of class a tool may live in. */
  public static boolean isClass(Element element) {
    ElementKind kind = element.getKind();
    return kind == ElementKind.CLASS || kind == ElementKind.ENUM || kind == ElementKind.RECORD;
  }
}
