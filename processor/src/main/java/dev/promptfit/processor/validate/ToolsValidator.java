package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.InterfaceModel;
import dev.promptfit.processor.model.InterfaceTools;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.ModelReader;
import dev.promptfit.processor.model.ToolClassModel;
import dev.promptfit.processor.model.ToolModel;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Validates the {@code @Tools} of an interface (API.md section 8): each listed type a class with
 * {@code @Tool} methods that the generated class can use, listed once, and no two tools of one
 * method's set sharing a name. The listed classes' own problems come from {@link
 * ToolClassValidator}, whose report the caller adds: a broken tool class leaves no binder, and the
 * interface that lists it no implementation either.
 */
public final class ToolsValidator {
  private ToolsValidator() {}

  /**
   * Adds the problems of {@code tools} to {@code report}; {@code classes} reads a listed class's
   * tools, and {@code binderKnown} says whether its binder exists or is being written.
   */
  public static void check(
      InterfaceModel type,
      InterfaceTools tools,
      Function<TypeElement, ToolClassModel> classes,
      Predicate<TypeElement> binderKnown,
      ValidationReport report) {
    Map<TypeElement, Boolean> checked = new HashMap<>();
    List<MethodModel> methods = type.abstractMethods();
    for (int i = 0; i < methods.size(); i++) {
      MethodModel method = methods.get(i);
      InterfaceTools.MethodTools methodTools = tools.methods().get(i);
      // Whose @Tools it is: the interface's, or the method's own.
      String owner =
          methodTools
              .annotation()
              .map(a -> a.element() instanceof TypeElement t ? ModelReader.displayName(t) : null)
              .orElse(method.displayName());
      Set<TypeElement> seen = new HashSet<>();
      Map<String, String> names = new HashMap<>();
      for (InterfaceTools.Listed listed : methodTools.listed()) {
        if (listed.element().isEmpty()) {
          continue; // javac reports a class it cannot resolve
        }
        TypeElement toolClass = listed.element().get();
        String display = ModelReader.displayName(toolClass);
        if (!seen.add(toolClass)) {
          report.error(ToolMessages.listedTwice(owner, display), listed.anchor());
          continue;
        }
        // Each listed class is checked once per interface, on its first mention.
        boolean valid =
            checked.computeIfAbsent(
                toolClass,
                c -> checkClass(type, owner, c, listed, classes, binderKnown, report));
        if (!valid) {
          continue;
        }
        for (ToolModel tool : classes.apply(toolClass).tools()) {
          String where = display + "." + tool.methodName();
          String first = names.putIfAbsent(tool.name(), where);
          if (first != null) {
            report.error(
                ToolMessages.duplicateTool(method.displayName(), tool.name(), first, where),
                Anchor.of(method.element()));
          }
        }
      }
    }
  }

  /** Whether the listed class can serve as a tool class; reports why not. */
  private static boolean checkClass(
      InterfaceModel type,
      String owner,
      TypeElement toolClass,
      InterfaceTools.Listed listed,
      Function<TypeElement, ToolClassModel> classes,
      Predicate<TypeElement> binderKnown,
      ValidationReport report) {
    String display = ModelReader.displayName(toolClass);
    ElementKind kind = toolClass.getKind();
    if (kind != ElementKind.CLASS && kind != ElementKind.ENUM && kind != ElementKind.RECORD) {
      report.error(ToolMessages.notAClass(owner, display), listed.anchor());
      return false;
    }
    ToolClassModel model = classes.apply(toolClass);
    if (model.tools().isEmpty()) {
      report.error(ToolMessages.noTools(owner, display), listed.anchor());
      return false;
    }
    if (!visibleFrom(toolClass, type.packageName(), model.packageName())) {
      report.error(
          ToolMessages.invisible(
              owner, display, type.generatedSimpleName(),
              type.packageName().isEmpty() ? "(unnamed)" : type.packageName()),
          listed.anchor());
      return false;
    }
    if (!binderKnown.test(toolClass)) {
      report.error(
          ToolMessages.noBinder(owner, display, model.binderQualifiedName()), listed.anchor());
      return false;
    }
    ValidationReport own = ToolClassValidator.validate(model);
    own.items().forEach(report::add);
    return !own.hasErrors();
  }

  /** Whether code in package {@code from} can name {@code type}, of package {@code pkg}. */
  private static boolean visibleFrom(TypeElement type, String from, String pkg) {
    boolean samePackage = from.equals(pkg);
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      if (!samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
