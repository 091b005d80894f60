package dev.promptfit.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * Where a diagnostic points, as precisely as the source allows: an element, one annotation on it,
 * and one value of that annotation, so an IDE underlines {@code "gpt-5"} rather than the whole
 * method. {@code annotation} and {@code value} are null where the problem is the element itself;
 * {@code value} is null where the annotation's default was used.
 */
public record Anchor(Element element, AnnotationMirror annotation, AnnotationValue value) {

  /** The element itself. */
  public static Anchor of(Element element) {
    return new Anchor(element, null, null);
  }

  /** One annotation on the element. */
  public static Anchor of(Element element, AnnotationMirror annotation) {
    return new Anchor(element, annotation, null);
  }
}
