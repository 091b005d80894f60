package dev.promptfit.processor.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * A record's components as Jackson sees its properties. javac copies an annotation written on a
 * component to the members its target allows (the accessor, the field, the canonical
 * constructor's parameter), and keeps it on the component itself only for {@code
 * RECORD_COMPONENT}; Jackson's own annotations do not target components, so every one of those
 * places is read.
 */
final class RecordComponents {
  private RecordComponents() {}

  /**
   * One component.
   *
   * @param name its name in the source
   * @param jsonName its {@code @JsonProperty} name, else {@code name}
   * @param type its type in {@code record}'s use, type arguments applied
   * @param nullable whether a {@code Nullable} annotation is on it or on its declared type
   * @param ignored whether {@code @JsonIgnore} leaves it out
   * @param shapeChanging a Jackson annotation on it that changes its JSON form, if any
   * @param carriers the component and the members that carry its annotations
   */
  record Component(
      String name,
      String jsonName,
      TypeMirror type,
      boolean nullable,
      boolean ignored,
      Optional<String> shapeChanging,
      List<Element> carriers) {}

  /** The components of {@code record}, used as {@code type}, in declaration order. */
  static List<Component> of(DeclaredType type, TypeElement record, Types types) {
    boolean generic = !type.getTypeArguments().isEmpty();
    List<Component> components = new ArrayList<>();
    for (RecordComponentElement component : record.getRecordComponents()) {
      String name = component.getSimpleName().toString();
      List<Element> carriers = carriers(record, component, types);
      TypeMirror componentType =
          generic
              ? ((ExecutableType) types.asMemberOf(type, component.getAccessor())).getReturnType()
              : component.asType();
      components.add(
          new Component(
              name,
              carriers.stream()
                  .map(c -> Annotations.value(c, Annotations.JSON_PROPERTY))
                  .flatMap(Optional::stream)
                  .findFirst()
                  .orElse(name),
              componentType,
              carriers.stream().anyMatch(Annotations::nullable)
                  || Annotations.nullable(component.asType()),
              carriers.stream().anyMatch(Annotations::ignored),
              carriers.stream()
                  .map(Annotations::shapeChanging)
                  .flatMap(Optional::stream)
                  .findFirst(),
              carriers));
    }
    return components;
  }

  /** The accessors, which carry their components' annotations rather than their own. */
  static List<ExecutableElement> accessors(TypeElement record) {
    return record.getRecordComponents().stream()
        .map(RecordComponentElement::getAccessor)
        .toList();
  }

  private static List<Element> carriers(
      TypeElement record, RecordComponentElement component, Types types) {
    List<Element> carriers = new ArrayList<>();
    carriers.add(component);
    if (component.getAccessor() != null) {
      carriers.add(component.getAccessor());
    }
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (!field.getModifiers().contains(Modifier.STATIC)
          && field.getSimpleName().equals(component.getSimpleName())) {
        carriers.add(field);
      }
    }
    int index = record.getRecordComponents().indexOf(component);
    canonicalConstructor(record, types)
        .filter(constructor -> index < constructor.getParameters().size())
        .ifPresent(constructor -> carriers.add(constructor.getParameters().get(index)));
    return carriers;
  }

  private static Optional<ExecutableElement> canonicalConstructor(
      TypeElement record, Types types) {
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      boolean same = parameters.size() == components.size();
      for (int i = 0; i < parameters.size() && same; i++) {
        same =
            types.isSameType(
                types.erasure(parameters.get(i).asType()),
                types.erasure(components.get(i).asType()));
      }
      if (same) {
        return Optional.of(constructor);
      }
    }
    return Optional.empty();
  }
}
