package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Generated code compiles under {@code -Xlint:all -Werror}. javac's {@code processing} lint is
 * the one exception, and only while the processor runs: it notes that no processor claimed the
 * Promptfit annotations, which the processor leaves unclaimed on purpose (see {@link
 * PromptfitProcessor}).
 */
class LintTest {

  /**
   * Every return type, typed answers, overloads, inheritance, nesting, deprecation, keywords,
   * package-info.
   */
  private static List<JavaFileObject> representative() {
    List<JavaFileObject> sources =
        new ArrayList<>(
            List.of(
                Compilations.resource("good/com/example/Assistant.java"),
                Compilations.resource("good/com/example/Greeter.java"),
                Compilations.resource("good/com/example/Outer.java"),
                Compilations.resource("good/com/example/Legacy.java"),
                Compilations.resource("good/com/example/Keywords.java"),
                Compilations.resource("good/com/example/nullmarked/package-info.java"),
                Compilations.resource("good/com/example/nullmarked/Documented.java")));
    sources.addAll(TypedAnswerTest.typedSources());
    return sources;
  }

  @Test
  void generatedCodeHasNoWarningUnderEveryLint() {
    Compilation processed =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor())
            .withOptions("-proc:only")
            .compile(representative());
    assertThat(processed).succeeded();
    List<JavaFileObject> all = new ArrayList<>(representative());
    all.addAll(processed.generatedSourceFiles());
    assertThat(processed.generatedSourceFiles()).hasSize(7);

    Compilation compiled =
        Compiler.javac().withOptions("-Xlint:all", "-Werror", "-proc:none").compile(all);
    assertThat(compiled).succeededWithoutWarnings();
  }

  @Test
  void processingHasNoWarningUnderEveryLintButProcessing() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(representative());
    assertThat(c).succeededWithoutWarnings();
  }

  /** As for any library's annotations (here JSpecify's {@code @NullMarked}, too). */
  @Test
  void processingLintOnlyNotesThatNoProcessorClaimedTheAnnotations() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor())
            .withOptions("-Xlint:all")
            .compile(representative());
    assertThat(c).succeeded();
    assertThat(c.warnings()).isNotEmpty();
    for (Diagnostic<? extends JavaFileObject> warning : c.warnings()) {
      assertThat(warning.getMessage(Locale.ROOT))
          .contains("No processor claimed any of these annotations: ");
    }
    assertThat(c).hadWarningContaining("/dev.promptfit.annotation.Prompt");
  }
}
