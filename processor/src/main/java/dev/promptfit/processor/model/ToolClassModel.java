package dev.promptfit.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A class with {@code @Tool} methods, as {@link ToolModelReader} read it: what the processor
 * writes its binder ({@code PromptfitTools_...}) from, or reports as wrong.
 *
 * @param element the class
 * @param packageName its package, where the binder goes
 * @param simpleNames its simple name and those of the types it is nested in, outermost first
 * @param tools its {@code @Tool} methods, in declaration order, mistakes included
 */
public record ToolClassModel(
    TypeElement element, String packageName, List<String> simpleNames, List<ToolModel> tools) {

  /** Copies the lists, so the model is immutable. */
  public ToolClassModel {
    simpleNames = List.copyOf(simpleNames);
    tools = List.copyOf(tools);
  }

  /** {@code Outer.Inner}: how messages name the class. */
  public String displayName() {
    return String.join(".", simpleNames);
  }

  /**
   * {@code PromptfitTools_Outer_Inner}: the binder's simple name, in the class's package. It
   * starts otherwise than the {@code Promptfit_} of interface implementations, so the two can never
   * clash.
   */
  public String binderSimpleName() {
    return binderSimpleName(simpleNames);
  }

  /** The binder's simple name for a class with these simple names, outermost first. */
  public static String binderSimpleName(List<String> simpleNames) {
    return "PromptfitTools_" + String.join("_", simpleNames);
  }

  /** The binder's qualified name. */
  public String binderQualifiedName() {
    return packageName.isEmpty() ? binderSimpleName() : packageName + "." + binderSimpleName();
  }

  /** Whether a schema reaches a type javac has not resolved yet (another processor's, say). */
  public boolean hasUnresolvedTypes() {
    return tools.stream().anyMatch(ToolModel::hasUnresolvedTypes);
  }
}
