package dev.promptfit.processor.model;

import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One method of a Promptfit interface that the processor must look at: every abstract method,
 * declared or inherited, and every other method that carries {@code @Prompt} (so that the
 * mistake can be reported).
 *
 * @param element the method as declared
 * @param declaringInterface where it is declared: the interface itself or a superinterface
 * @param interfaceName the declaring interface's name as messages show it, e.g. {@code
 *     Outer.Inner}
 * @param kind abstract, default, static or private
 * @param prompt the {@code @Prompt} value, where there is one
 * @param own what the method's own annotations set
 * @param inherited what its declaring interface's annotations set
 * @param parameters the parameters, in order
 * @param returnType the return type as a member of the interface being implemented
 * @param returns what the return type asks of the model: text, a typed answer with its schema, or
 *     nothing the runtime can give
 * @param signature name and erased parameter types, to spot one method inherited twice
 */
public record MethodModel(
    ExecutableElement element,
    TypeElement declaringInterface,
    String interfaceName,
    Kind kind,
    Optional<Setting<String>> prompt,
    Settings own,
    Settings inherited,
    List<Parameter> parameters,
    TypeMirror returnType,
    ReturnModel returns,
    String signature) {

  /** Copies the parameter list, so the model is immutable. */
  public MethodModel {
    parameters = List.copyOf(parameters);
  }

  /** How the method is declared. */
  public enum Kind {
    /** An abstract method: the generated class implements it. */
    ABSTRACT("an abstract"),
    /** A {@code default} method. */
    DEFAULT("a default"),
    /** A {@code static} method. */
    STATIC("a static"),
    /** A {@code private} method. */
    PRIVATE("a private");

    private final String phrase;

    Kind(String phrase) {
      this.phrase = phrase;
    }

    /** {@code "a default"}, for messages. */
    public String phrase() {
      return phrase;
    }
  }

  /** The method's name. */
  public String name() {
    return element.getSimpleName().toString();
  }

  /** {@code Assistant.translate}: how every message names the method. */
  public String displayName() {
    return interfaceName + "." + name();
  }

  /** What applies to the call: the method's annotations, else its interface's. */
  public Settings effective() {
    return own.orElse(inherited);
  }

  /** Whether the effective {@code @Instructions} is the interface's rather than the method's. */
  public boolean instructionsFromInterface() {
    return own.instructions().isEmpty() && inherited.instructions().isPresent();
  }

  /** The typed answer, for a method that returns one. */
  public Optional<ReturnModel.Typed> typed() {
    return returns instanceof ReturnModel.Typed typed ? Optional.of(typed) : Optional.empty();
  }

  /**
   * Where {@code @Background} applies to the method from: the method's own annotation, else its
   * declaring interface's; empty when the method does not run in the background.
   */
  public Optional<Anchor> background() {
    return AnnotationReader.background(element).or(() -> AnnotationReader.background(declaringInterface));
  }

  /** Whether the method declares type parameters. */
  public boolean isGeneric() {
    return !element.getTypeParameters().isEmpty();
  }
}
