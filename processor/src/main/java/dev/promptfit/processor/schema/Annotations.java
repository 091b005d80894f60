package dev.promptfit.processor.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the annotations that shape a schema by their names, so the processor needs neither Jackson
 * nor any nullness library on its class path: Jackson's {@code @JsonProperty}, {@code
 * @JsonTypeName}, {@code @JsonIgnore} and those it cannot follow, Promptfit's {@code
 * @Description}, and every annotation whose simple name is {@code Nullable} (JSpecify, JetBrains,
 * JSR 305, Checker Framework, Android, or a project's own).
 */
final class Annotations {
  static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  static final String JSON_TYPE_NAME = "com.fasterxml.jackson.annotation.JsonTypeName";
  static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  static final String DESCRIPTION = dev.promptfit.annotation.Description.class.getCanonicalName();

  /** Jackson annotations that change a type's JSON form in ways a schema written here misses. */
  static final List<String> SHAPE_CHANGING =
      List.of(
          "com.fasterxml.jackson.annotation.JsonValue",
          "com.fasterxml.jackson.annotation.JsonUnwrapped",
          "com.fasterxml.jackson.annotation.JsonAnySetter",
          "com.fasterxml.jackson.databind.annotation.JsonNaming");

  private Annotations() {}

  /** The annotation named {@code qualifiedName} on {@code construct}, if present. */
  static Optional<AnnotationMirror> find(AnnotatedConstruct construct, String qualifiedName) {
    for (AnnotationMirror mirror : construct.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** A written, non-blank {@code value} of that annotation. */
  static Optional<String> value(AnnotatedConstruct construct, String qualifiedName) {
    return find(construct, qualifiedName)
        .flatMap(mirror -> member(mirror, "value"))
        .filter(String.class::isInstance)
        .map(String.class::cast)
        .filter(value -> !value.isBlank());
  }

  /** Whether {@code @JsonIgnore} is on it and not switched off with {@code (false)}. */
  static boolean ignored(AnnotatedConstruct construct) {
    return find(construct, JSON_IGNORE)
        .map(mirror -> !Boolean.FALSE.equals(member(mirror, "value").orElse(Boolean.TRUE)))
        .orElse(false);
  }

  /** Whether an annotation whose simple name is {@code Nullable} is on it. */
  static boolean nullable(AnnotatedConstruct construct) {
    return construct.getAnnotationMirrors().stream()
        .anyMatch(m -> m.getAnnotationType().asElement().getSimpleName().contentEquals("Nullable"));
  }

  /** The simple name of a shape-changing Jackson annotation on it, if any. */
  static Optional<String> shapeChanging(AnnotatedConstruct construct) {
    return SHAPE_CHANGING.stream()
        .filter(name -> find(construct, name).isPresent())
        .map(name -> name.substring(name.lastIndexOf('.') + 1))
        .findFirst();
  }

  private static Optional<Object> member(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return Optional.of(entry.getValue().getValue());
      }
    }
    return Optional.empty();
  }
}
