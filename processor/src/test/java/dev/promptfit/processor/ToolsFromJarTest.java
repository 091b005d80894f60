package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tool classes from a jar, as a library ships them: with their binders when the library's build
 * ran the processor, and an error naming the fix when it did not.
 */
class ToolsFromJarTest {
  @TempDir Path work;

  private static final JavaFileObject TOOLS =
      JavaFileObjects.forSourceLines(
          "com.library.GeoTools",
          "package com.library;",
          "",
          "import dev.promptfit.annotation.Tool;",
          "",
          "public class GeoTools {",
          "  /** The country a city is in. */",
          "  @Tool",
          "  public String country(String city) {",
          "    return \"Norway\";",
          "  }",
          "}");

  private static final JavaFileObject AGENT =
      JavaFileObjects.forSourceLines(
          "com.example.Agent",
          "package com.example;",
          "",
          "import com.library.GeoTools;",
          "import dev.promptfit.annotation.Model;",
          "import dev.promptfit.annotation.Prompt;",
          "import dev.promptfit.annotation.Tools;",
          "",
          "@Model(\"gpt-5-mini\")",
          "@Tools(GeoTools.class)",
          "public interface Agent {",
          "  @Prompt(\"Where is {city}?\")",
          "  String where(String city);",
          "}");

  private List<File> library(boolean withProcessor) throws Exception {
    Path classes = work.resolve(withProcessor ? "processed" : "plain");
    List<String> options = new ArrayList<>(List.of("-classpath", Javac.join(Javac.userClassPath())));
    if (withProcessor) {
      options.addAll(List.of("-processorpath", Javac.join(Javac.processorPath())));
    } else {
      options.add("-proc:none");
    }
    Javac.Result result = Javac.compile(classes, options, List.of(TOOLS));
    assertWithMessage(result.diagnostics()).that(result.success()).isTrue();
    List<File> path = new ArrayList<>();
    Javac.userClassPath().forEach(p -> path.add(p.toFile()));
    path.add(classes.toFile());
    return path;
  }

  @Test
  void aLibraryBuiltWithTheProcessorShipsItsBinder() throws Exception {
    Compilation c = Compilations.compileRecording(library(true), AGENT).compilation();
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("com.example.Promptfit_Agent")
        .contentsAsUtf8String()
        .contains(".tools(PromptfitTools_GeoTools.INSTANCE)");
  }

  @Test
  void aLibraryBuiltWithoutTheProcessorIsAnErrorNamingTheFix() throws Exception {
    Compilations.Outcome outcome = Compilations.compileRecording(library(false), AGENT);
    Compilation c = outcome.compilation();
    assertThat(c).failed();
    assertThat(c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList())
        .containsExactly(
            "Agent: @Tools names GeoTools, whose dispatcher com.library.PromptfitTools_GeoTools"
                + " does not exist: it was compiled without the Promptfit processor; add"
                + " dev.promptfit:promptfit-processor to the annotation processors of the build"
                + " that compiles it");
    assertThat(c).hadErrorContaining("whose dispatcher").inFile(AGENT).onLineContaining("@Tools(");
    assertThat(outcome.generated()).isEmpty();
  }
}
