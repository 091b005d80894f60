package dev.promptfit.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A Promptfit interface: an interface with at least one {@code @Prompt} method, its own or
 * inherited.
 *
 * @param element the interface
 * @param packageName its package, where the generated class goes
 * @param simpleNames its simple name and those of the types it is nested in, outermost first
 * @param settings what its own type-level annotations set
 * @param methods its methods that matter, in declaration order: its own first, then each
 *     superinterface's, depth first in {@code extends} order
 */
public record InterfaceModel(
    TypeElement element,
    String packageName,
    List<String> simpleNames,
    Settings settings,
    List<MethodModel> methods) {

  /** Copies the lists, so the model is immutable. */
  public InterfaceModel {
    simpleNames = List.copyOf(simpleNames);
    methods = List.copyOf(methods);
  }

  /** {@code Outer.Inner}: how messages and the runtime name the interface. */
  public String displayName() {
    return String.join(".", simpleNames);
  }

  /**
   * {@code Promptfit_Outer_Inner}: the generated class's simple name. Joining with {@code _}
   * keeps it in the interface's package and lets the runtime compute it from the class name
   * alone.
   */
  public String generatedSimpleName() {
    return "Promptfit_" + String.join("_", simpleNames);
  }

  /**
   * Whether a typed answer's type graph reaches a type javac has not resolved, such as one another
   * processor generates in a later round.
   */
  public boolean hasUnresolvedTypes() {
    return methods.stream()
        .anyMatch(m -> m.typed().map(t -> t.schema().unresolved()).orElse(false));
  }

  /** The methods the generated class implements. */
  public List<MethodModel> abstractMethods() {
    return methods.stream().filter(m -> m.kind() == MethodModel.Kind.ABSTRACT).toList();
  }
}
