package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.promptfit.CallOptions;
import dev.promptfit.internal.PromptInvoker;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parameter and placeholder names that are keywords, contextual keywords or type names, and an
 * interface in a package with a {@code package-info.java}, compile without warnings and behave.
 */
class NamesAndPackagesTest {
  private static Compilation compilation;
  private static ClassLoader loader;

  private final RecordingInvoker invoker = new RecordingInvoker();

  @BeforeAll
  static void compile() {
    compilation =
        Compilations.compile(
            Compilations.resource("good/com/example/Keywords.java"),
            Compilations.resource("good/com/example/nullmarked/package-info.java"),
            Compilations.resource("good/com/example/nullmarked/Documented.java"));
    loader = new CompiledClassLoader(compilation);
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void keywordPlaceholdersAndContextualKeywordParameters() throws Exception {
    call("Keywords", "mix", "a", "b", "c", "d", "e", "f", "g", "h");
    assertThat(invoker.last().input()).isEqualTo("a b c d e f g h");
  }

  @Test
  void parameterNamedStringDoesNotBreakConversions() throws Exception {
    call("Keywords", "alone", 7);
    assertThat(invoker.last().input()).isEqualTo("7");
    CallOptions options = CallOptions.builder().build();
    call("Keywords", "hidden", 1, new char[] {'h', 'i'}, 2L, options);
    assertThat(invoker.last().input()).isEqualTo("1hi and 2");
    assertThat(invoker.last().options()).isSameInstanceAs(options);
    assertThat(compilation)
        .generatedSourceFile("com.example.Promptfit_Keywords")
        .contentsAsUtf8String()
        .contains("\"\" + String + new String(chars) + \" and \" + number");
  }

  @Test
  void methodsNamedLikeContextualKeywords() throws Exception {
    call("Keywords", "yield", "x");
    assertThat(invoker.last().input()).isEqualTo("Yield x");
    assertThat(invoker.last().method().methodName()).isEqualTo("yield");
    call("Keywords", "record", "y");
    assertThat(invoker.last().input()).isEqualTo("Record y");
  }

  @Test
  void interfaceInAPackageWithPackageInfo() throws Exception {
    assertThat(compilation)
        .generatedSourceFile("com.example.nullmarked.Promptfit_Documented")
        .contentsAsUtf8String()
        .contains("package com.example.nullmarked;");
    call("nullmarked.Documented", "describe", "tea", null);
    assertThat(invoker.last().input()).isEqualTo("Describe tea in null style");
  }

  /** Calls {@code com.example.<type>.<method>} on a fresh generated implementation. */
  private Object call(String type, String name, Object... args) throws Exception {
    Class<?> api = loader.loadClass("com.example." + type);
    String generated = api.getPackageName() + ".Promptfit_" + api.getSimpleName();
    Object impl =
        loader.loadClass(generated).getConstructor(PromptInvoker.class).newInstance(invoker);
    for (Method method : api.getMethods()) {
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
