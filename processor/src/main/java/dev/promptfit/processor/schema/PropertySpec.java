package dev.promptfit.processor.schema;

import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.type.TypeMirror;

/**
 * One property of an object whose properties the caller names, such as one parameter of a tool.
 *
 * @param name the JSON name, also the root of the property's paths in problems
 * @param type its type
 * @param element where it is declared (a parameter), whose {@code @Nullable} and {@code
 *     @Description} annotations apply; empty if it has none
 * @param description what it means, where the caller knows it (a Javadoc {@code @param}); a
 *     {@code @Description} on {@code element} wins over it
 */
public record PropertySpec(
    String name, TypeMirror type, Optional<Element> element, Optional<String> description) {}
