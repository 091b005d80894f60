package dev.promptfit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * An interface that mentions a type another processor has not generated yet is implemented in a
 * later round, once the type exists, rather than reported as broken.
 */
class LaterRoundTest {

  @Test
  void interfaceWaitsForTypesGeneratedByAnotherProcessor() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor(), new GeneratesLater())
            .compile(Compilations.resource("warn/Later.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("warn.Promptfit_Later").contentsAsUtf8String()
        .contains("public String describe(GeneratedLater thing)");
  }

  @Test
  void typedAnswerWaitsForTheTypesItsRecordsUse() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor(), new GeneratesLater())
            .compile(Compilations.resource("warn/LaterTyped.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("warn.Promptfit_LaterTyped").contentsAsUtf8String()
        .contains("\\\"properties\\\":{\\\"name\\\":{\\\"type\\\":\\\"string\\\"}}");
  }

  @Test
  void toolClassWaitsForTheTypesItsParametersUse() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor(), new GeneratesLater())
            .compile(Compilations.resource("warn/LaterTool.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("warn.PromptfitTools_LaterTool").contentsAsUtf8String()
        .contains("\\\"thing\\\":{\\\"type\\\":\\\"object\\\"");
  }

  @Test
  void interfaceWaitsForItsToolClassesTypes() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new PromptfitProcessor(), new GeneratesLater())
            .compile(
                Compilations.resource("warn/LaterTool.java"),
                Compilations.resource("warn/LaterAgent.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("warn.Promptfit_LaterAgent").contentsAsUtf8String()
        .contains(".tools(PromptfitTools_LaterTool.INSTANCE)");
  }

  @Test
  void typeMissingFromAToolIsLeftForJavacToReport() {
    Compilation c =
        Compilations.compile(
            Compilations.resource("warn/LaterTool.java"),
            Compilations.resource("warn/LaterAgent.java"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol");
  }

  @Test
  void typeMissingFromATypedAnswerIsLeftForJavacToReport() {
    Compilation c = Compilations.compile(Compilations.resource("warn/LaterTyped.java"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol");
  }

  @Test
  void missingTypeIsLeftForJavacToReport() {
    Compilation c = Compilations.compile(Compilations.resource("warn/Later.java"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("cannot find symbol");
  }

  /** Writes {@code warn.GeneratedLater}, a record, in its first round. */
  private static final class GeneratesLater extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("warn.GeneratedLater")
            .openWriter()) {
          w.write("package warn;\n\npublic record GeneratedLater(String name) {}\n");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
