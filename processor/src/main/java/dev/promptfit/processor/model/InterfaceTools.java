package dev.promptfit.processor.model;

import dev.promptfit.annotation.Tools;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The tool classes of an interface's methods, read from {@code @Tools}: for each abstract method
 * its own {@code @Tools}, else that of the interface declaring it (as for every annotation that
 * can be on both, the method's wins, and an inherited method takes its declaring interface's).
 *
 * @param methods for each of {@link InterfaceModel#abstractMethods()}, in order, its tools
 */
public record InterfaceTools(List<MethodTools> methods) {

  /** Copies the list, so the model is immutable. */
  public InterfaceTools {
    methods = List.copyOf(methods);
  }

  /**
   * One method's tool classes.
   *
   * @param annotation the {@code @Tools} that applies, where there is one
   * @param listed the classes it names, in order
   */
  public record MethodTools(Optional<Anchor> annotation, List<Listed> listed) {
    /** Copies the list, so the model is immutable. */
    public MethodTools {
      listed = List.copyOf(listed);
    }
  }

  /**
   * One class named in {@code @Tools}.
   *
   * @param type its type as written (an error type where javac could not resolve it)
   * @param anchor the class literal in the annotation
   */
  public record Listed(TypeMirror type, Anchor anchor) {
    /** The class, or empty where the type is not a resolved class or interface. */
    public Optional<TypeElement> element() {
      return type.getKind() == TypeKind.DECLARED
          ? Optional.of((TypeElement) ((DeclaredType) type).asElement())
          : Optional.empty();
    }
  }

  /** The tools of {@code model}'s abstract methods. */
  public static InterfaceTools read(InterfaceModel model) {
    List<MethodTools> methods = new ArrayList<>();
    for (MethodModel method : model.abstractMethods()) {
      Optional<MethodTools> own = read(method.element());
      methods.add(
          own.or(() -> read(method.declaringInterface()))
              .orElse(new MethodTools(Optional.empty(), List.of())));
    }
    return new InterfaceTools(methods);
  }

  /** Every resolved class any method lists, each once, in the order first listed. */
  public List<TypeElement> all() {
    Set<TypeElement> all = new LinkedHashSet<>();
    for (MethodTools method : methods) {
      for (Listed listed : method.listed()) {
        listed.element().ifPresent(all::add);
      }
    }
    return List.copyOf(all);
  }

  private static Optional<MethodTools> read(Element element) {
    Optional<AnnotationMirror> annotation = AnnotationReader.find(element, Tools.class);
    if (annotation.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror mirror = annotation.get();
    List<Listed> listed = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (!entry.getKey().getSimpleName().contentEquals("value")) {
        continue;
      }
      Object value = entry.getValue().getValue();
      List<?> values = value instanceof List<?> list ? list : List.of(entry.getValue());
      for (Object item : values) {
        if (item instanceof AnnotationValue av && av.getValue() instanceof TypeMirror type) {
          listed.add(new Listed(type, new Anchor(element, mirror, av)));
        }
      }
    }
    return Optional.of(new MethodTools(Optional.of(Anchor.of(element, mirror)), listed));
  }
}
