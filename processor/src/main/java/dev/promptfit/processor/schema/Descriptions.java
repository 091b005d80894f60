package dev.promptfit.processor.schema;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Where descriptions come from: {@code @Description} on the element, else the Javadoc javac sees
 * (the first sentence for a type or an enum constant, the record's {@code @param} for a
 * component). Javac keeps doc comments only for sources in the compilation, so types from jars
 * are described by the annotation alone.
 */
final class Descriptions {
  private final Elements elements;

  Descriptions(Elements elements) {
    this.elements = elements;
  }

  /** A record's, enum's or sealed interface's description. */
  Optional<String> ofType(TypeElement type) {
    return annotated(type).or(() -> doc(type).flatMap(Javadoc::firstSentence));
  }

  /**
   * A record component's description; {@code carriers} are the component and the members javac
   * copies its annotations to (accessor, field, constructor parameter).
   */
  Optional<String> ofComponent(TypeElement record, String component, List<Element> carriers) {
    for (Element carrier : carriers) {
      Optional<String> annotated = annotated(carrier);
      if (annotated.isPresent()) {
        return annotated;
      }
    }
    return doc(record).map(Javadoc::params).map(params -> params.get(component));
  }

  /** An enum constant's description. */
  Optional<String> ofConstant(Element constant) {
    return annotated(constant).or(() -> doc(constant).flatMap(Javadoc::firstSentence));
  }

  /** {@code @Description} on {@code element}, such as a tool's parameter. */
  static Optional<String> annotated(Element element) {
    return Annotations.value(element, Annotations.DESCRIPTION).map(String::strip);
  }

  private Optional<String> doc(Element element) {
    return Optional.ofNullable(elements.getDocComment(element));
  }
}
