package dev.promptfit.processor.model;

import dev.promptfit.annotation.Prompt;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the methods of an interface that the processor cares about, in declaration order.
 *
 * <p>{@link Elements#getAllMembers} decides which inherited methods survive overriding, but its
 * order is javac's scope order, which is not declaration order; the order here is the interface's
 * own methods as written, then each superinterface's, depth first in {@code extends} order. That
 * order is what overload suffixes ({@code TRANSLATE_2}) and golden files depend on.
 */
public final class InterfaceMembers {
  private final Elements elements;
  private final Types types;

  /** Creates a finder that works with the given compiler utilities. */
  public InterfaceMembers(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Whether {@code type} declares or inherits at least one method annotated {@code @Prompt}. */
  public boolean hasPromptMethod(TypeElement type) {
    return ElementFilter.methodsIn(elements.getAllMembers(type)).stream()
        .anyMatch(m -> AnnotationReader.find(m, Prompt.class).isPresent());
  }

  /**
   * The abstract methods {@code type} has (declared or inherited, minus those that {@link Object}
   * implements, such as a redeclared {@code toString()}), plus its own non-abstract methods that
   * carry {@code @Prompt}.
   */
  public List<ExecutableElement> relevantMethods(TypeElement type) {
    Set<Element> members = new HashSet<>(elements.getAllMembers(type));
    List<ExecutableElement> result = new ArrayList<>();
    for (TypeElement declaring : typeAndSuperinterfaces(type)) {
      for (ExecutableElement method : ElementFilter.methodsIn(declaring.getEnclosedElements())) {
        boolean isAbstract = method.getModifiers().contains(Modifier.ABSTRACT);
        boolean relevant =
            isAbstract
                ? members.contains(method) && !implementedByObject(method)
                : declaring.equals(type) && AnnotationReader.find(method, Prompt.class).isPresent();
        if (relevant) {
          result.add(method);
        }
      }
    }
    return result;
  }

  /** {@code type}, then its superinterfaces depth first, each once. */
  private static Set<TypeElement> typeAndSuperinterfaces(TypeElement type) {
    Set<TypeElement> result = new LinkedHashSet<>();
    collect(type, result);
    return result;
  }

  private static void collect(TypeElement type, Set<TypeElement> into) {
    if (!into.add(type)) {
      return;
    }
    for (TypeMirror superinterface : type.getInterfaces()) {
      if (superinterface.getKind() == TypeKind.DECLARED) {
        collect((TypeElement) ((DeclaredType) superinterface).asElement(), into);
      }
    }
  }

  /** Whether a public method of {@link Object} has {@code method}'s signature. */
  private boolean implementedByObject(ExecutableElement method) {
    TypeElement object = elements.getTypeElement(Object.class.getCanonicalName());
    for (ExecutableElement candidate : ElementFilter.methodsIn(object.getEnclosedElements())) {
      if (candidate.getModifiers().contains(Modifier.PUBLIC)
          && candidate.getSimpleName().equals(method.getSimpleName())
          && sameErasedParameters(candidate, method)) {
        return true;
      }
    }
    return false;
  }

  private boolean sameErasedParameters(ExecutableElement a, ExecutableElement b) {
    if (a.getParameters().size() != b.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < a.getParameters().size(); i++) {
      TypeMirror x = types.erasure(a.getParameters().get(i).asType());
      TypeMirror y = types.erasure(b.getParameters().get(i).asType());
      if (!types.isSameType(x, y)) {
        return false;
      }
    }
    return true;
  }
}
