package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import javax.tools.Diagnostic.Kind;

/**
 * One problem found in the source: what to say, how bad it is, and exactly where.
 *
 * @param kind {@link Kind#ERROR} or {@link Kind#WARNING}
 * @param message the text, from {@link Messages}
 * @param anchor the element, annotation and value to point at
 */
public record Diagnostic(Kind kind, String message, Anchor anchor) {}
