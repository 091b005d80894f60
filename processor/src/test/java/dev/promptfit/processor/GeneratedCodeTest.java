package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;

import dev.promptfit.CallOptions;
import dev.promptfit.Reply;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated implementation of {@code good/com/example/Assistant.java} against a recording
 * invoker: what reaches the runtime for awkward arguments, and what the descriptors carry.
 */
class GeneratedCodeTest {
  private static ClassLoader loader;
  private static Class<?> assistant;

  private final RecordingInvoker invoker = new RecordingInvoker();

  @BeforeAll
  static void compile() throws ClassNotFoundException {
    loader = new CompiledClassLoader(GeneratedSourceTest.compileGoodSources());
    assistant = loader.loadClass("com.example.Assistant");
  }

  @Test
  void argumentsAreInsertedVerbatimAndNeverRescanned() throws Exception {
    assertThat(call("translate", "{x}", "{{")).isEqualTo("ok");
    assertThat(invoker.last().input()).isEqualTo("Translate {x} into {{.");
    assertThat(invoker.last().instructions()).isEqualTo("You are a terse assistant.");

    call("translate", "$1 \\", "caf\u00e9 \u2615 \uD83D\uDE00");
    assertThat(invoker.last().input())
        .isEqualTo("Translate $1 \\ into caf\u00e9 \u2615 \uD83D\uDE00.");

    call("translate", null, "{language}");
    assertThat(invoker.last().input()).isEqualTo("Translate null into {language}.");
  }

  @Test
  void overloadsHaveTheirOwnDescriptors() throws Exception {
    call("translate", "a", "b");
    PromptMethod<?> two = invoker.last().method();
    call("translate", "a");
    assertThat(invoker.last().input()).isEqualTo("Translate a into English.");
    assertThat(invoker.last().method()).isNotSameInstanceAs(two);
    assertThat(invoker.last().method()).isSameInstanceAs(constant("TRANSLATE_2"));
  }

  @Test
  void singlePlaceholderTemplateIsTheArgumentAsAString() throws Exception {
    call("ask", (Object) null);
    assertThat(invoker.last().input()).isEqualTo("null");
    call("ask", "{{x}}");
    assertThat(invoker.last().input()).isEqualTo("{{x}}");
  }

  @Test
  void literalsKeepQuotesBackslashesDollarsUnicodeAndNewlines() throws Exception {
    call("quote", "w");
    assertThat(invoker.last().input())
        .isEqualTo("Say \"w\" \\ costs $1 \u2014 caf\u00e9 \u2615\nThen stop.");
  }

  @Test
  void doubledBracesBecomeSingleAndCharArraysTheirCharacters() throws Exception {
    call("echo", (Object) new char[] {'h', 'i'});
    assertThat(invoker.last().input()).isEqualTo("Echo {literal} and hi");
  }

  @Test
  void adjacentNumericPlaceholdersConcatenateRatherThanAdd() throws Exception {
    call("concat", 1, 2);
    assertThat(invoker.last().input()).isEqualTo("12");
  }

  @Test
  void methodInstructionsWinAndAreTemplatesToo() throws Exception {
    call("rate", "tea", 1, 5);
    assertThat(invoker.last().instructions()).isEqualTo("Answer for tea with a number only.");
    assertThat(invoker.last().input()).isEqualTo("Rate tea from 1 to 5.");
    call("hello");
    assertThat(invoker.last().instructions()).isEmpty();
  }

  @Test
  void inheritedMethodUsesItsOwnInterfaceDefaultsAndAliases() throws Exception {
    call("greet", "Ada", "formal");
    assertThat(invoker.last().input()).isEqualTo("Greet Ada in a formal style.");
    assertThat(invoker.last().instructions()).isNull();
    assertThat(invoker.last().method().model()).isEqualTo("gpt-5-nano");
    assertThat(invoker.last().method().interfaceName()).isEqualTo("Assistant");
  }

  @Test
  void callOptionsArePassedThroughAndNullWhenAbsent() throws Exception {
    CallOptions options = CallOptions.builder().model("other").build();
    call("classify", "x", options);
    assertThat(invoker.last().options()).isSameInstanceAs(options);
    assertThat(invoker.last().input()).isEqualTo("Classify: x");
    call("classify", "x", null);
    assertThat(invoker.last().options()).isNull();
    call("translate", "a", "b");
    assertThat(invoker.last().options()).isNull();
  }

  @Test
  void parametersShadowingTheFieldAndAConstantStillWork() throws Exception {
    call("shadow", "a", "b");
    assertThat(invoker.calls).hasSize(1);
    assertThat(invoker.last().input()).isEqualTo("a meets b");
    assertThat(invoker.last().method().methodName()).isEqualTo("shadow");
  }

  @Test
  void defaultAndStaticMethodsPassThrough() throws Exception {
    assertThat(call("shout", "x")).isEqualTo("OK");
    assertThat(invoker.last().input()).isEqualTo("Translate x into English.");
    assertThat(assistant.getMethod("version").invoke(null)).isEqualTo("1");
  }

  @Test
  void descriptorCarriesOnlyWhatTheAnnotationsSaid() throws Exception {
    PromptMethod<?> ask = constant("ASK");
    assertThat(ask.interfaceName()).isEqualTo("Assistant");
    assertThat(ask.methodName()).isEqualTo("ask");
    assertThat(ask.model()).isEqualTo("gpt-5.2");
    assertThat(ask.api()).isEqualTo(Api.CHAT_COMPLETIONS);
    assertThat(ask.temperature()).isEqualTo(0.2);
    assertThat(ask.maxOutputTokens()).isEqualTo(512);
    assertThat(ask.topP()).isNull();
    assertThat(ask.reasoningEffort()).isNull();

    PromptMethod<?> translate = constant("TRANSLATE");
    assertThat(translate.model()).isEqualTo("gpt-5-mini");
    assertThat(translate.api()).isEqualTo(Api.DEFAULT);
    assertThat(translate.temperature()).isNull();
    assertThat(constant("SUMMARISE").reasoningEffort()).isEqualTo("low");
    assertThat(constant("CLASSIFY").topP()).isEqualTo(0.9);
    assertThat(constant("RATE").api()).isEqualTo(Api.RESPONSES);
  }

  @Test
  void descriptorReturnTypesEqualReflectionsBothWays() throws Exception {
    assertSameType(constant("ASK"), Types.parameterized(Stream.class, String.class), "ask");
    assertSameType(
        constant("SUMMARISE"), Types.parameterized(Flow.Publisher.class, String.class),
        "summarise");
    assertSameType(
        constant("CLASSIFY"), Types.parameterized(CompletableFuture.class, Reply.class),
        "classify");
    assertSameType(
        constant("CONCAT"), Types.parameterized(CompletableFuture.class, String.class), "concat");
    assertSameType(constant("RATE"), Reply.class, "rate");
    assertSameType(constant("TRANSLATE"), String.class, "translate");
  }

  @Test
  void everyConstantIsAPrivateStaticFinalDescriptor() throws Exception {
    Class<?> generated = loader.loadClass("com.example.Promptfit_Assistant");
    assertThat(Modifier.isFinal(generated.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(generated.getModifiers())).isTrue();
    for (Field field : generated.getDeclaredFields()) {
      if (field.getType() == PromptMethod.class) {
        assertThat(Modifier.isPrivate(field.getModifiers())).isTrue();
        assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
        assertThat(Modifier.isFinal(field.getModifiers())).isTrue();
      }
    }
  }

  @Test
  void nestedInterfaceIsNamedWithDots() throws Exception {
    Class<?> inner = loader.loadClass("com.example.Outer$Inner");
    Object impl =
        loader.loadClass("com.example.Promptfit_Outer_Inner")
            .getConstructor(PromptInvoker.class)
            .newInstance(invoker);
    assertThat(inner.getMethod("hello", String.class).invoke(impl, "you")).isEqualTo("ok");
    assertThat(invoker.last().input()).isEqualTo("Hello you!");
    assertThat(invoker.last().method().displayName()).isEqualTo("Outer.Inner.hello");
  }

  private void assertSameType(PromptMethod<?> method, Type expected, String methodName) {
    Type reflected = reflectedReturnType(methodName);
    assertThat(method.returnType()).isEqualTo(expected);
    assertThat(expected).isEqualTo(method.returnType());
    assertThat(method.returnType()).isEqualTo(reflected);
    assertThat(reflected).isEqualTo(method.returnType());
    assertThat(method.returnType().hashCode()).isEqualTo(reflected.hashCode());
  }

  private static Type reflectedReturnType(String methodName) {
    for (Method method : assistant.getMethods()) {
      if (method.getName().equals(methodName)) {
        return method.getGenericReturnType();
      }
    }
    throw new AssertionError("no method " + methodName);
  }

  private static PromptMethod<?> constant(String name) throws Exception {
    Field field = loader.loadClass("com.example.Promptfit_Assistant").getDeclaredField(name);
    field.setAccessible(true);
    return (PromptMethod<?>) field.get(null);
  }

  /** Calls the interface method with that name and arity on a fresh implementation. */
  private Object call(String name, Object... args) throws Exception {
    Object impl =
        loader.loadClass("com.example.Promptfit_Assistant")
            .getConstructor(PromptInvoker.class)
            .newInstance(invoker);
    for (Method method : assistant.getMethods()) {
      if (method.getName().equals(name) && method.getParameterCount() == args.length) {
        try {
          return method.invoke(impl, args);
        } catch (InvocationTargetException e) {
          throw (Exception) e.getCause();
        }
      }
    }
    throw new AssertionError("no method " + name + "/" + args.length);
  }
}
