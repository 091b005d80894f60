package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * An unknown {@code @ReasoningEffort} is only a warning (services add values over time), and
 * {@code @SuppressWarnings("promptfit")} on the method or the interface silences it.
 */
class ReasoningEffortWarningTest {

  @Test
  void unknownValueWarnsWithSuggestionAndStillGenerates() {
    JavaFileObject source = Compilations.resource("warn/UnknownEffort.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "UnknownEffort.think: @ReasoningEffort(\"hihg\") is not a known value (none,"
                + " minimal, low, medium, high, xhigh); did you mean \"high\"?; it is sent as"
                + " written. Silence this with @SuppressWarnings(\"promptfit\")")
        .inFile(source)
        .onLineContaining("@ReasoningEffort(");
    assertThat(c).generatedSourceFile("warn.Promptfit_UnknownEffort").contentsAsUtf8String()
        .contains(".reasoningEffort(\"hihg\")");
  }

  @Test
  void unknownValueOnTheInterfaceWarnsOnce() {
    JavaFileObject source = Compilations.resource("warn/UnknownEffortOnInterface.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "UnknownEffortOnInterface: @ReasoningEffort(\"extreme\") is not a known value")
        .inFile(source)
        .onLineContaining("@ReasoningEffort(");
  }

  @Test
  void suppressedOnTheMethod() {
    Compilation c = Compilations.compile(Compilations.resource("warn/SuppressedOnMethod.java"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheInterfaceCoversItsMethodsToo() {
    Compilation c =
        Compilations.compile(Compilations.resource("warn/SuppressedOnInterface.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("warn.Promptfit_SuppressedOnInterface").contentsAsUtf8String()
        .contains(".reasoningEffort(\"ultra\")");
  }
}
