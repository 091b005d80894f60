package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.tools.Diagnostic.Kind;

/**
 * The problems found in one interface. Reporting never throws, so one pass finds every problem
 * and the user fixes them all in one go; the writer runs only when {@link #hasErrors()} is false.
 */
public final class ValidationReport {
  private final List<Diagnostic> items = new ArrayList<>();

  /** Records an error. */
  void error(String message, Anchor anchor) {
    items.add(new Diagnostic(Kind.ERROR, message, anchor));
  }

  /**
   * Records a warning, unless {@code @SuppressWarnings("promptfit")} is on the element it points
   * at or anything enclosing it, as javac scopes its own suppressions.
   */
  void warning(String message, Anchor anchor) {
    if (!suppressed(anchor.element())) {
      items.add(new Diagnostic(Kind.WARNING, message, anchor));
    }
  }

  /** Adds what another report found, such as a listed tool class's problems. */
  void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** Everything found, in the order found. */
  public List<Diagnostic> items() {
    return List.copyOf(items);
  }

  private static boolean suppressed(Element element) {
    for (Element e = element; e != null && e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      SuppressWarnings annotation = e.getAnnotation(SuppressWarnings.class);
      if (annotation != null
          && Arrays.asList(annotation.value()).contains(Messages.SUPPRESSION_KEY)) {
        return true;
      }
    }
    return false;
  }

  /** Whether anything found forbids generating code. */
  public boolean hasErrors() {
    return items.stream().anyMatch(d -> d.kind() == Kind.ERROR);
  }
}
