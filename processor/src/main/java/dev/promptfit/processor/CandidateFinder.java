package dev.promptfit.processor;

import dev.promptfit.processor.model.AnnotationReader;
import dev.promptfit.processor.model.InterfaceMembers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Finds the interfaces to implement: every interface, top-level or nested, with a {@code @Prompt}
 * method of its own or inherited, or with any Promptfit annotation on itself, its methods or their
 * parameters. Scanning the round's types rather than just the elements annotated {@code @Prompt}
 * is what finds {@code interface Sub extends Base {}}, which inherits its prompts and carries no
 * annotation itself; counting every Promptfit annotation is what turns {@code @Model interface
 * Helper { String ask(String q); }}, a forgotten {@code @Prompt}, into an error rather than
 * silence.
 */
final class CandidateFinder {
  private final Elements elements;
  private final InterfaceMembers members;

  CandidateFinder(Elements elements, InterfaceMembers members) {
    this.elements = elements;
    this.members = members;
  }

  /** The Promptfit interfaces among {@code roots} and the types nested in them. */
  List<TypeElement> find(Collection<? extends Element> roots) {
    List<TypeElement> found = new ArrayList<>();
    for (TypeElement type : ElementFilter.typesIn(roots)) {
      collect(type, found);
    }
    return found;
  }

  private void collect(TypeElement type, List<TypeElement> into) {
    if (type.getKind() == ElementKind.INTERFACE
        && (members.hasPromptMethod(type) || carriesPromptfitAnnotations(type))) {
      into.add(type);
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      collect(nested, into);
    }
  }

  /** Whether a Promptfit annotation is on {@code type}, one of its methods or their parameters. */
  private static boolean carriesPromptfitAnnotations(TypeElement type) {
    if (!AnnotationReader.promptfitAnnotationsOn(type).isEmpty()) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (!AnnotationReader.promptfitAnnotationsOn(method).isEmpty()
          || method.getParameters().stream()
              .anyMatch(p -> !AnnotationReader.promptfitAnnotationsOn(p).isEmpty())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code type}'s signatures still mention types javac could not resolve, such as a
   * class another processor has yet to generate. Such an interface waits for a later round.
   */
  boolean hasUnresolvedTypes(TypeElement type) {
    if (type.getInterfaces().stream().anyMatch(CandidateFinder::unresolved)) {
      return true;
    }
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      if (unresolved(method.getReturnType())
          || method.getParameters().stream().anyMatch(p -> unresolved(p.asType()))
          || method.getThrownTypes().stream().anyMatch(CandidateFinder::unresolved)) {
        return true;
      }
    }
    return false;
  }

  private static boolean unresolved(TypeMirror type) {
    return switch (type.getKind()) {
      case ERROR -> true;
      case ARRAY -> unresolved(((ArrayType) type).getComponentType());
      case DECLARED ->
          ((DeclaredType) type).getTypeArguments().stream().anyMatch(CandidateFinder::unresolved);
      default -> false;
    };
  }
}
