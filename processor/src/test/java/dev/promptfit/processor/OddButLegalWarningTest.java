package dev.promptfit.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Legal but doubtful declarations compile, and generate, with one warning each, on the line that
 * causes it; {@code @SuppressWarnings("promptfit")} silences them all. (Unknown reasoning efforts
 * are covered by {@link ReasoningEffortWarningTest}.)
 */
class OddButLegalWarningTest {

  @Test
  void samplingOptionWithAReasoningEffort() {
    JavaFileObject source = Compilations.resource("warn/SamplingWithReasoning.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "SamplingWithReasoning.think: @Temperature together with @ReasoningEffort(\"low\");"
                + " reasoning models reject temperature and top_p unless the effort is \"none\","
                + " so calls may fail with 400 Bad Request. Silence this with"
                + " @SuppressWarnings(\"promptfit\")")
        .inFile(source)
        .onLineContaining("@Temperature(0.2)");
    assertThat(c).generatedSourceFile("warn.Promptfit_SamplingWithReasoning");
  }

  @Test
  void samplingOptionWithAReasoningEffortBothOnTheInterfaceWarnsOnce() {
    JavaFileObject source = Compilations.resource("warn/SamplingWithReasoningOnInterface.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "SamplingWithReasoningOnInterface: @TopP together with @ReasoningEffort(\"high\");")
        .inFile(source)
        .onLineContaining("@TopP(");
  }

  @Test
  void blankInstructions() {
    JavaFileObject source = Compilations.resource("warn/BlankInstructions.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "BlankInstructions.hello: @Instructions is blank, so empty instructions are sent (on"
                + " Chat Completions an empty system message); write instructions, or remove the"
                + " annotation. Silence this with @SuppressWarnings(\"promptfit\")")
        .inFile(source)
        .onLineContaining("@Instructions(");
  }

  @Test
  void optionsOnAnInterfaceThatOnlyInheritsPromptsApplyToNothing() {
    JavaFileObject source = Compilations.resource("warn/InheritedOnly.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "InheritedOnly.Mine: @Model applies only to the @Prompt methods an interface"
                + " declares, and InheritedOnly.Mine declares none; inherited methods keep the"
                + " settings of the interface that declares them (InheritedOnly.Theirs). Silence"
                + " this with @SuppressWarnings(\"promptfit\")")
        .inFile(source)
        .onLineContaining("@Model(\"gpt-5.2\")");
    assertThat(c)
        .generatedSourceFile("warn.Promptfit_InheritedOnly_Mine")
        .contentsAsUtf8String()
        .contains(".model(\"gpt-5-mini\")");
  }

  @Test
  void arrayInATemplatePrintsItsIdentity() {
    JavaFileObject source = Compilations.resource("warn/ArrayPlaceholder.java");
    Compilation c = Compilations.compile(source);
    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "ArrayPlaceholder.sort: parameter words is an array (java.lang.String[]), so {words}"
                + " inserts the array's identity, such as [Ljava.lang.String;@1b6d3586, not its"
                + " elements; take a String or a List instead. Silence this with"
                + " @SuppressWarnings(\"promptfit\")")
        .inFile(source)
        .onLineContaining("String[] words");
  }

  @Test
  void oneSuppressionOnTheInterfaceSilencesEveryWarningInIt() {
    Compilation c = Compilations.compile(Compilations.resource("warn/AllSuppressed.java"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("warn.Promptfit_AllSuppressed_Nested");
  }
}
