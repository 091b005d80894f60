package dev.promptfit.processor.model;

import dev.promptfit.processor.RuntimeNames;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The return types the runtime can adapt. Types are matched by qualified name and exactly (no
 * wildcards, no subtypes), so the processor needs neither the runtime on its own class path nor
 * any guess about what an adapter might accept.
 */
public enum ReturnKind {
  /** Returns {@code java.lang.String}. */
  STRING("String", "java.lang.String", null),
  /** Returns {@code dev.promptfit.Reply}. */
  REPLY("Reply", RuntimeNames.REPLY, null),
  /** Returns {@code java.util.stream.Stream<String>}. */
  STREAM("Stream<String>", "java.util.stream.Stream", "java.lang.String"),
  /** Returns {@code java.util.concurrent.Flow.Publisher<String>}. */
  PUBLISHER("Flow.Publisher<String>", "java.util.concurrent.Flow.Publisher", "java.lang.String"),
  /** Returns {@code dev.promptfit.ReplyStream}. */
  REPLY_STREAM("ReplyStream", RuntimeNames.REPLY_STREAM, null),
  /** Returns {@code java.util.concurrent.CompletableFuture<String>}. */
  FUTURE_STRING(
      "CompletableFuture<String>", "java.util.concurrent.CompletableFuture", "java.lang.String"),
  /** Returns {@code java.util.concurrent.CompletableFuture<dev.promptfit.Reply>}. */
  FUTURE_REPLY(
      "CompletableFuture<Reply>", "java.util.concurrent.CompletableFuture", RuntimeNames.REPLY);

  private final String display;
  private final String raw;
  private final String argument;

  ReturnKind(String display, String raw, String argument) {
    this.display = display;
    this.raw = raw;
    this.argument = argument;
  }

  /** How users write it, e.g. {@code Flow.Publisher<String>}. */
  public String display() {
    return display;
  }

  /** The qualified name of the class, e.g. {@code java.util.concurrent.CompletableFuture}. */
  public String raw() {
    return raw;
  }

  /** The qualified name of the single type argument, or empty for a plain class. */
  public Optional<String> argument() {
    return Optional.ofNullable(argument);
  }

  /** The kind {@code type} is, or empty when the runtime cannot adapt it. */
  public static Optional<ReturnKind> of(TypeMirror type) {
    return Arrays.stream(values()).filter(kind -> kind.matches(type)).findFirst();
  }

  /** All display names, in the order messages list them. */
  public static List<String> displays() {
    return Arrays.stream(values()).map(ReturnKind::display).toList();
  }

  private boolean matches(TypeMirror type) {
    if (!isClass(type, raw)) {
      return false;
    }
    List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
    if (argument == null) {
      return args.isEmpty();
    }
    return args.size() == 1
        && isClass(args.get(0), argument)
        && ((DeclaredType) args.get(0)).getTypeArguments().isEmpty();
  }

  /** Whether {@code type} is the declared type named {@code qualifiedName}, arguments aside. */
  static boolean isClass(TypeMirror type, String qualifiedName) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement())
            .getQualifiedName()
            .contentEquals(qualifiedName);
  }
}
