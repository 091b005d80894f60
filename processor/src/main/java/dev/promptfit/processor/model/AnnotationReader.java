package dev.promptfit.processor.model;

import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Background;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.MaxOutputTokens;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;
import dev.promptfit.annotation.Temperature;
import dev.promptfit.annotation.Tools;
import dev.promptfit.annotation.TopP;
import dev.promptfit.annotation.Var;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Reads Promptfit annotations through their mirrors, never through {@code getAnnotation}, so
 * that each value comes with the {@link AnnotationValue} a diagnostic can point at. A value that
 * javac could not evaluate (it reports that itself) reads as absent.
 */
public final class AnnotationReader {
  /** Every Promptfit annotation, {@code @Prompt} first. */
  public static final List<Class<? extends Annotation>> ANNOTATIONS =
      List.of(
          Prompt.class, Model.class, Instructions.class, Var.class, Temperature.class, TopP.class,
          MaxOutputTokens.class, ReasoningEffort.class, Tools.class, Background.class);

  /** The annotations that set call options, on an interface or one of its methods. */
  public static final List<Class<? extends Annotation>> SETTINGS =
      List.of(
          Model.class, Instructions.class, Temperature.class, TopP.class, MaxOutputTokens.class,
          ReasoningEffort.class, Background.class);

  private AnnotationReader() {}

  /** The Promptfit annotations written on {@code element} itself, in {@link #ANNOTATIONS} order. */
  public static List<Class<? extends Annotation>> promptfitAnnotationsOn(Element element) {
    return ANNOTATIONS.stream().filter(a -> find(element, a).isPresent()).toList();
  }

  /** The mirror of {@code annotation} on {@code element}, if present. */
  public static Optional<AnnotationMirror> find(
      Element element, Class<? extends Annotation> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(name)) {
        return Optional.of(mirror);
      }
    }
    return Optional.empty();
  }

  /** {@code @Prompt}'s value. */
  public static Optional<Setting<String>> prompt(Element element) {
    return value(element, Prompt.class, "value", String.class);
  }

  /** {@code @Var}'s value. */
  public static Optional<Setting<String>> alias(Element element) {
    return value(element, Var.class, "value", String.class);
  }

  /** Where {@code @Background} is written on {@code element}, if it is. */
  public static Optional<Anchor> background(Element element) {
    return find(element, Background.class).map(mirror -> Anchor.of(element, mirror));
  }

  /** What the type-and-method annotations on {@code element} set. */
  public static Settings settings(Element element) {
    return new Settings(
        value(element, Model.class, "value", String.class),
        api(element),
        value(element, Instructions.class, "value", String.class),
        value(element, Temperature.class, "value", Double.class),
        value(element, TopP.class, "value", Double.class),
        value(element, MaxOutputTokens.class, "value", Integer.class),
        value(element, ReasoningEffort.class, "value", String.class));
  }

  /** {@code @Model(api = ...)} where it is given and not {@code DEFAULT}. */
  private static Optional<Setting<Api>> api(Element element) {
    return value(element, Model.class, "api", VariableElement.class)
        .flatMap(
            constant ->
                Arrays.stream(Api.values())
                    .filter(api -> api != Api.DEFAULT)
                    .filter(api -> constant.value().getSimpleName().contentEquals(api.name()))
                    .findFirst()
                    .map(api -> new Setting<>(api, constant.anchor())));
  }

  /** An explicitly written member value; defaults are not settings. */
  private static <T> Optional<Setting<T>> value(
      Element element, Class<? extends Annotation> annotation, String member, Class<T> type) {
    return find(element, annotation)
        .flatMap(
            mirror -> {
              for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                  mirror.getElementValues().entrySet()) {
                Object value = entry.getValue().getValue();
                boolean named = entry.getKey().getSimpleName().contentEquals(member);
                if (named && type.isInstance(value)) {
                  Anchor anchor = new Anchor(element, mirror, entry.getValue());
                  return Optional.of(new Setting<>(type.cast(value), anchor));
                }
              }
              return Optional.empty();
            });
  }
}
