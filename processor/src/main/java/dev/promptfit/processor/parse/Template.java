package dev.promptfit.processor.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed {@code @Prompt} or {@code @Instructions} template: literal text and placeholders in
 * source order. Escapes are already resolved (<code>&#123;&#123;</code> became
 * <code>&#123;</code>) and adjacent literal text is merged, so two {@link Literal}s never follow
 * each other.
 *
 * @param parts the pieces, in order; empty for an empty template
 */
public record Template(List<Part> parts) {

  /** Copies the part list, so the template is immutable. */
  public Template {
    parts = List.copyOf(parts);
  }

  /** One piece of a template. */
  public sealed interface Part permits Literal, Placeholder {}

  /** Text copied as is. */
  public record Literal(String text) implements Part {}

  /**
   * A {@code {name}} to be replaced by an argument.
   *
   * @param name the name between the braces
   * @param index where its opening brace is in the template source, for diagnostics
   */
  public record Placeholder(String name, int index) implements Part {}

  /** The placeholders, in order, repeats included. */
  public List<Placeholder> placeholders() {
    return parts.stream()
        .filter(Placeholder.class::isInstance)
        .map(Placeholder.class::cast)
        .toList();
  }

  /** The distinct placeholder names, in order of first use. */
  public Set<String> placeholderNames() {
    Set<String> names = new LinkedHashSet<>();
    placeholders().forEach(p -> names.add(p.name()));
    return names;
  }
}
