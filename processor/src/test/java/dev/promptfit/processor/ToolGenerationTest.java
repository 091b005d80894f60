package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Tool classes and an interface with @Tools compile, and what is written matches the goldens. */
class ToolGenerationTest {
  static Compilation compileTools() {
    return Compilations.compile(
        Compilations.resource("good/com/example/tools/WeatherTools.java"),
        Compilations.resource("good/com/example/tools/calc/Calculator.java"),
        Compilations.resource("good/com/example/tools/TravelAgent.java"));
  }

  @Test
  void compilesWithoutWarnings() {
    assertThat(compileTools()).succeededWithoutWarnings();
  }

  @Test
  void binderMatchesGoldenFile() throws IOException {
    assertMatchesGolden(compileTools(), "com.example.tools", "PromptfitTools_WeatherTools");
  }

  @Test
  void binderInAnotherPackageMatchesGoldenFile() throws IOException {
    assertMatchesGolden(compileTools(), "com.example.tools.calc", "PromptfitTools_Calculator");
  }

  @Test
  void implementationMatchesGoldenFile() throws IOException {
    assertMatchesGolden(compileTools(), "com.example.tools", "Promptfit_TravelAgent");
  }

  @Test
  void toolArgumentAndResultTypesAreRegisteredForNativeImages() throws IOException {
    Compilations.Outcome outcome =
        Compilations.compileRecording(
            Compilations.resource("good/com/example/tools/WeatherTools.java"),
            Compilations.resource("good/com/example/tools/calc/Calculator.java"),
            Compilations.resource("good/com/example/tools/TravelAgent.java"));
    // Calculator binds nothing Jackson must reflect on, so it has no file.
    assertThat(outcome.resources())
        .containsExactly(
            "META-INF/native-image/promptfit/com.example.tools.WeatherTools/reachability-metadata.json",
            "META-INF/native-image/promptfit/com.example.tools.TravelAgent/reachability-metadata.json");
    String metadata =
        outcome.compilation()
            .generatedFile(
                javax.tools.StandardLocation.CLASS_OUTPUT,
                "META-INF/native-image/promptfit/com.example.tools.WeatherTools/"
                    + "reachability-metadata.json")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(metadata)
        .isEqualTo(
            "{\n"
                + "  \"comment\": \"Written by dev.promptfit.processor.PromptfitProcessor for"
                + " com.example.tools.WeatherTools: the types Jackson binds from its tools' arguments"
                + " and writes from their results.\",\n"
                + "  \"reflection\": [\n"
                + "    {\n"
                + "      \"type\": \"com.example.tools.WeatherTools$Forecast\",\n"
                + "      \"allDeclaredConstructors\": true,\n"
                + "      \"allDeclaredMethods\": true,\n"
                + "      \"allDeclaredFields\": true\n"
                + "    },\n"
                + "    {\n"
                + "      \"type\": \"com.example.tools.WeatherTools$Sky\",\n"
                + "      \"allDeclaredMethods\": true,\n"
                + "      \"allDeclaredFields\": true\n"
                + "    }\n"
                + "  ]\n"
                + "}\n");
  }

  @Test
  void deprecatedToolClassesLeaveTheGeneratedCodeWithoutWarnings() {
    Compilation c =
        Compilations.compile(
            Compilations.resource("good/com/example/tools/OldTools.java"),
            Compilations.resource("good/com/example/tools/OldAgent.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("com.example.tools.PromptfitTools_OldTools")
        .contentsAsUtf8String()
        .contains("@Deprecated\npublic final class PromptfitTools_OldTools");
  }

  static void assertMatchesGolden(Compilation c, String pkg, String simpleName)
      throws IOException {
    String expected;
    try (InputStream in =
        ToolGenerationTest.class.getResourceAsStream("/expected/tools/" + simpleName + ".java")) {
      if (in == null) {
        throw new AssertionError("no golden file expected/tools/" + simpleName + ".java");
      }
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(c)
        .generatedSourceFile(pkg + "." + simpleName)
        .contentsAsUtf8String()
        .isEqualTo(expected);
  }
}
