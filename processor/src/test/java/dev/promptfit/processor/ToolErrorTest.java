package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per misuse of tools (API.md section 8): each is an error on the offending method,
 * parameter or annotation, with the exact message, the line, the number of errors, and nothing
 * written for the broken class or interface.
 */
class ToolErrorTest {
  private static final String DESCRIBABLE =
      "use a record, an enum, a String, a number, a boolean, a date/time or a List of those";

  @Test
  void aToolMustBePublic() {
    assertErrors(
        "NonPublicTool",
        "String lookup(",
        "NonPublicTool.lookup: a @Tool method must be public, so that the generated dispatcher"
            + " can call it; make it public");
  }

  @Test
  void aToolMustNotBeStatic() {
    assertErrors(
        "StaticTool",
        "public static String lookup(",
        "StaticTool.lookup: a @Tool method must not be static: Promptfit calls it on the instance"
            + " given to Promptfit.create(...); make it an instance method");
  }

  @Test
  void aToolMustNotBeGeneric() {
    assertErrors(
        "GenericTool",
        "public <T> String lookup(",
        "GenericTool.lookup: a @Tool method must not declare type parameters, which no JSON schema"
            + " can follow; use concrete types");
  }

  @Test
  void aParameterNoSchemaDescribesIsReportedOnTheParameter() {
    assertErrors(
        "MapParameter",
        "Map<String, Object> filters",
        "MapParameter.lookup: filters: type Map<String, Object> cannot be described by a JSON"
            + " schema, since strict mode allows no free-form objects; use a record with a"
            + " component per key, or a List of key-value records");
  }

  @Test
  void aPathInsideAParameterIsNamed() {
    assertErrors(
        "ObjectInRecordParameter",
        "List<Stop> stops",
        "ObjectInRecordParameter.plan: stops[].extra: type Object cannot be described by a JSON"
            + " schema; " + DESCRIBABLE);
  }

  @Test
  void aResultNoSchemaDescribes() {
    assertErrors(
        "ObjectResult",
        "public Object lookup(",
        "ObjectResult.lookup: Object: type Object cannot be described by a JSON schema; "
            + DESCRIBABLE);
  }

  @Test
  void aToolNameOpenAiRejects() {
    assertErrors(
        "InvalidName",
        "@Tool(name = \"get weather\")",
        "InvalidName.lookup: tool name \"get weather\" must be 1 to 64 letters, digits, _ or -, as"
            + " OpenAI requires; rename it with @Tool(name = ...)");
  }

  @Test
  void twoToolsOfOneClassWithOneName() {
    assertErrors(
        "DuplicateNameInClass",
        "@Tool(name = \"lookup\")",
        "DuplicateNameInClass.find: tool name lookup is already used by"
            + " DuplicateNameInClass.lookup; give one of them another name with @Tool(name = ...)");
  }

  @Test
  void twoToolsOfOneMethodsSetWithOneName() {
    // Each class is fine on its own, so each gets its binder; the interface gets nothing.
    assertErrors(
        List.of(
            "bad.tools.PromptfitTools_DuplicateAcrossClasses_Weather",
            "bad.tools.PromptfitTools_DuplicateAcrossClasses_Stocks"),
        "DuplicateAcrossClasses",
        "String ask(",
        "DuplicateAcrossClasses.ask: two of its tools are named lookup"
            + " (DuplicateAcrossClasses.Weather.lookup and DuplicateAcrossClasses.Stocks.lookup);"
            + " the model calls tools by name, so give one of them another name with @Tool(name ="
            + " ...)");
  }

  @Test
  void toolsNamingAClassWithoutTools() {
    assertErrors(
        "ToolsWithoutToolMethods",
        "@Tools(ToolsWithoutToolMethods.Plain.class)",
        "ToolsWithoutToolMethods: @Tools names ToolsWithoutToolMethods.Plain, which has no @Tool"
            + " methods; mark its tools with @Tool or remove it from @Tools");
  }

  @Test
  void toolsNamingAnInterface() {
    assertErrors(
        "ToolsNamesInterface",
        "@Tools(Lookup.class)",
        "ToolsNamesInterface.ask: @Tools names ToolsNamesInterface.Lookup, which is not a class;"
            + " list classes with @Tool methods");
  }

  @Test
  void aClassListedTwice() {
    assertErrors(
        List.of("bad.tools.PromptfitTools_ListedTwice_Weather"),
        "ListedTwice",
        "@Tools({Weather.class, Weather.class})",
        "ListedTwice.ask: @Tools names ListedTwice.Weather twice; name it once");
  }

  @Test
  void aToolOnAnInterfaceMethod() {
    assertErrors(
        "ToolOnInterfaceMethod",
        "@Tool",
        "ToolOnInterfaceMethod.lookup: @Tool marks methods of classes, and ToolOnInterfaceMethod is"
            + " an interface; move the tool to a class and list that class in @Tools");
  }

  @Test
  void toolsOnAClass() {
    assertErrors(
        "ToolsOnClass",
        "@Tools(ToolsOnClass.class)",
        "ToolsOnClass: @Tools is only allowed on interfaces and their methods, and ToolsOnClass is"
            + " a class");
  }

  @Test
  void aPrivateToolClass() {
    assertErrors(
        "PrivateToolClass",
        "private static final class Hidden",
        "PrivateToolClass.Hidden: a class with @Tool methods must not be private (nor nested in a"
            + " private type), since the generated PromptfitTools_PrivateToolClass_Hidden calls its"
            + " tools; make it package-private or public");
  }

  @Test
  void aGenericToolClass() {
    assertErrors(
        "GenericToolClass",
        "public class GenericToolClass<T>",
        "GenericToolClass: a class with @Tool methods must not have type parameters, since its"
            + " tools are described at compile time; use concrete types");
  }

  @Test
  void toolsOnADefaultMethod() {
    assertErrors(
        "ToolsOnDefaultMethod",
        "@Tools({})",
        "ToolsOnDefaultMethod.helper: @Tools on a default method has no effect; Promptfit reads it"
            + " only on abstract methods with @Prompt");
  }

  /** Compiles {@code bad/tools/<file>.java} alone; exactly {@code message}, on {@code line}. */
  private static void assertErrors(String file, String line, String message) {
    assertErrors(List.of(), file, line, message);
  }

  /** As above, where only the valid tool classes' {@code binders} are written. */
  private static void assertErrors(
      List<String> binders, String file, String line, String message) {
    JavaFileObject source = Compilations.resource("bad/tools/" + file + ".java");
    Compilations.Outcome outcome = Compilations.compileRecording(source);
    Compilation c = outcome.compilation();
    assertThat(c).failed();
    assertThat(messages(c)).containsExactly(message);
    assertThat(c).hadErrorContaining(message).inFile(source).onLineContaining(line);
    assertThat(outcome.generated()).containsExactlyElementsIn(binders);
    assertThat(outcome.resources()).isEmpty();
  }

  private static List<String> messages(Compilation c) {
    return c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }
}
