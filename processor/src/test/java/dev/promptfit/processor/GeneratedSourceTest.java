package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A valid interface using every feature compiles without a warning, and what the processor writes
 * matches the golden files under {@code src/test/resources/expected/} character for character.
 */
class GeneratedSourceTest {

  /** Every return type, @Var, CallOptions, overloads, default and static methods, inheritance. */
  static Compilation compileGoodSources() {
    return Compilations.compile(
        Compilations.resource("good/com/example/Assistant.java"),
        Compilations.resource("good/com/example/Greeter.java"),
        Compilations.resource("good/com/example/Outer.java"));
  }

  @Test
  void validInterfacesCompileWithoutWarnings() {
    assertThat(compileGoodSources()).succeededWithoutWarnings();
  }

  @Test
  void interfaceImplementationMatchesGoldenFile() throws IOException {
    assertMatchesGolden(compileGoodSources(), "Promptfit_Assistant");
  }

  @Test
  void superinterfaceGetsItsOwnImplementation() throws IOException {
    assertMatchesGolden(compileGoodSources(), "Promptfit_Greeter");
  }

  @Test
  void nestedInterfaceNameJoinsEnclosingNamesWithUnderscore() throws IOException {
    assertMatchesGolden(compileGoodSources(), "Promptfit_Outer_Inner");
  }

  @Test
  void generatedSourceIsPureAsciiWhateverTheTemplates() throws IOException {
    JavaFileObject file =
        compileGoodSources().generatedSourceFile("com.example.Promptfit_Assistant").orElseThrow();
    String source = file.getCharContent(true).toString();
    assertThat(source.chars().allMatch(c -> c < 0x80)).isTrue();
    assertThat(source).contains("caf\\u00e9 \\u2615\\n\"");
  }

  @Test
  void deprecationAndTypeUseAnnotationsCarryOverWithoutWarnings() {
    Compilation c = Compilations.compile(Compilations.resource("good/com/example/Legacy.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("com.example.Promptfit_Legacy")
        .contentsAsUtf8String()
        .contains(
            "@Generated(\"dev.promptfit.processor.PromptfitProcessor\")\n"
                + "@Deprecated\n"
                + "public final class Promptfit_Legacy implements Legacy {");
    assertThat(c)
        .generatedSourceFile("com.example.Promptfit_Legacy")
        .contentsAsUtf8String()
        .contains(
            "  @Override\n"
                + "  @Deprecated\n"
                + "  public String join(@Nullable String first,"
                + " final String @Nullable ... rest) {\n"
                + "    return invoker.invoke(JOIN, PromptInput.builder()\n"
                + "        .text(first + \" then \" + rest)\n"
                + "        .build());\n");
  }

  @Test
  void interfaceInTheUnnamedPackage() {
    Compilation c = Compilations.compile(Compilations.resource("good/Unpackaged.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("Promptfit_Unpackaged")
        .contentsAsUtf8String()
        .startsWith("import dev.promptfit.internal.PromptInput;\nimport dev.promptfit.internal.PromptInvoker;");
  }

  private static void assertMatchesGolden(Compilation compilation, String simpleName)
      throws IOException {
    assertThat(compilation)
        .generatedSourceFile("com.example." + simpleName)
        .contentsAsUtf8String()
        .isEqualTo(golden(simpleName));
  }

  private static String golden(String simpleName) throws IOException {
    String path = "/expected/" + simpleName + ".java";
    try (InputStream in = GeneratedSourceTest.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("missing golden file " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
