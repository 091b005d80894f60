package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * One test per compile-time error: each check of API.md §2 and each other misuse (annotations
 * where they have no effect, template syntax, aliases, sealed, private or generic interfaces).
 * Each asserts the exact message, the line it points at, how many errors the mistake causes, and
 * that nothing, neither class nor metadata, is written for the broken interface.
 */
class ValidationErrorTest {
  /** The end of every unsupported-return-type message: text types, then typed answers. */
  static final String SUPPORTED =
      "String, Reply, Stream<String>, Flow.Publisher<String>, ReplyStream,"
          + " CompletableFuture<String>, CompletableFuture<Reply>, or a typed answer: T,"
          + " Result<T>, CompletableFuture<T>, CompletableFuture<Result<T>>, Stream<E>,"
          + " Flow.Publisher<E>, where T and E are records, enums, sealed interfaces of records,"
          + " numbers, booleans, date/time types, UUID, URI, or List, Set, arrays and Optional of"
          + " those or of String";

  @Test
  void placeholderMatchingNoParameterSuggestsTheClosestName() {
    Compilation c =
        assertErrors(
            2,
            "UnknownPlaceholder",
            "Assistant.translate: placeholder {langauge} in @Prompt matches no parameter"
                + " (parameters: text, language); did you mean {language}?",
            "@Prompt(");
    assertError(
        c,
        "UnknownPlaceholder",
        "Assistant.translate: parameter language is used by no template; put {language} in"
            + " @Prompt or @Instructions, or remove the parameter",
        "String translate(");
  }

  @Test
  void placeholderInInterfaceInstructionsIsCheckedAgainstEachMethod() {
    assertError(
        "UnknownPlaceholderInInterfaceInstructions",
        "Assistant.translate: placeholder {tone} in @Instructions of interface Assistant matches"
            + " no parameter (parameters: text)",
        "@Instructions(");
  }

  @Test
  void placeholderInMethodInstructions() {
    assertError(
        "UnknownPlaceholderInMethodInstructions",
        "Assistant.translate: placeholder {persona} in @Instructions matches no parameter"
            + " (parameters: text)",
        "@Instructions(");
  }

  @Test
  void callOptionsParameterIsNeverAPlaceholder() {
    assertError(
        "PlaceholderNamesCallOptions",
        "Assistant.classify: placeholder {options} in @Prompt names the CallOptions parameter,"
            + " which is never a placeholder",
        "@Prompt(");
  }

  @Test
  void unusedParameter() {
    assertError(
        "UnusedParameter",
        "Assistant.translate: parameter language is used by no template; put {language} in"
            + " @Prompt or @Instructions, or remove the parameter",
        "String translate(");
  }

  @Test
  void unusedParameterWithAliasNamesTheAlias() {
    Compilation c =
        assertErrors(
            2,
            "UnusedAliasedParameter",
            "Assistant.summarise: parameter document (@Var(\"doc\")) is used by no template; put"
                + " {doc} in @Prompt or @Instructions, or remove the parameter",
            "String summarise(");
    assertThat(messages(c))
        .contains(
            "Assistant.summarise: placeholder {document} in @Prompt matches no parameter"
                + " (parameters: doc)");
  }

  @Test
  void abstractMethodWithoutPrompt() {
    assertError(
        "MissingPrompt",
        "Assistant.forgotten: abstract method has no @Prompt; every abstract method of a"
            + " Promptfit interface needs one (or make it a default method)",
        "String forgotten(");
  }

  @Test
  void noModelOnMethodOrInterface() {
    assertError(
        "MissingModel",
        "Assistant.translate: no @Model on the method or on interface Assistant; add"
            + " @Model(\"model-id\") to either",
        "String translate(");
  }

  @Test
  void blankModel() {
    assertError(
        "BlankModel",
        "Assistant.translate: @Model value is blank; name a model, e.g. @Model(\"gpt-5-mini\")",
        "@Model(\"  \")");
  }

  @Test
  void unsupportedReturnTypeListsTheSupportedOnes() {
    assertError(
        "UnsupportedReturnType",
        "Assistant.list: return type java.util.Iterator<java.lang.String> is not supported; use"
            + " one of " + SUPPORTED,
        "Iterator<String> list(");
  }

  @Test
  void returnTypesMatchExactlyWithoutWildcards() {
    assertError(
        "WildcardReturnType",
        "Assistant.stream: return type java.util.stream.Stream<? extends java.lang.CharSequence>"
            + " is not supported; use one of " + SUPPORTED,
        "stream(String topic)");
  }

  @Test
  void unclosedBraceSaysWhere() {
    assertError(
        "UnclosedBrace",
        "Assistant.translate: unbalanced '{' at index 10 in @Prompt; close the placeholder, or"
            + " write {{ for a literal brace",
        "@Prompt(");
  }

  @Test
  void unopenedBraceInInterfaceInstructionsIsReportedOnTheInterface() {
    assertError(
        "UnopenedBrace",
        "Assistant: unbalanced '}' at index 21 in @Instructions; write }} for a literal brace",
        "@Instructions(");
  }

  @Test
  void emptyPlaceholder() {
    assertError(
        "EmptyPlaceholder",
        "Assistant.translate: empty placeholder {} at index 17 in @Prompt; write {{}} for literal"
            + " braces",
        "@Prompt(");
  }

  @Test
  void whitespaceInPlaceholder() {
    assertError(
        "WhitespaceInPlaceholder",
        "Assistant.translate: placeholder { text } at index 10 in @Prompt contains whitespace, and"
            + " names are not trimmed; write {{ and }} for literal braces",
        "@Prompt(");
  }

  @Test
  void placeholderThatIsNoIdentifier() {
    assertError(
        "InvalidPlaceholderName",
        "Assistant.translate: placeholder {\"a\":1} at index 17 in @Prompt is not a Java"
            + " identifier; write {{ and }} for literal braces",
        "@Prompt(");
  }

  @Test
  void temperatureOutOfRange() {
    assertError(
        "TemperatureOutOfRange",
        "Assistant.translate: @Temperature(2.5) is out of range; use a value from 0.0 to 2.0",
        "@Temperature(");
  }

  @Test
  void temperatureNaNOnTheInterface() {
    assertError(
        "TemperatureNaN",
        "Assistant: @Temperature(NaN) is out of range; use a value from 0.0 to 2.0",
        "@Temperature(");
  }

  @Test
  void topPOutOfRange() {
    assertError(
        "TopPOutOfRange",
        "Assistant.translate: @TopP(-0.1) is out of range; use a value from 0.0 to 1.0",
        "@TopP(");
  }

  @Test
  void maxOutputTokensBelowOne() {
    assertError(
        "MaxOutputTokensTooSmall",
        "Assistant: @MaxOutputTokens(0) must be at least 1",
        "@MaxOutputTokens(");
  }

  @Test
  void twoParametersWithOneAlias() {
    assertError(
        "DuplicateAlias",
        "Assistant.compare: parameters first and second both answer to {x}; give each its own"
            + " @Var",
        "String compare(");
  }

  @Test
  void aliasEqualToAnotherParametersName() {
    assertErrors(
        2,
        "AliasNamesOtherParameter",
        "Assistant.compare: @Var(\"first\") on parameter second is the name of another"
            + " parameter; choose another alias",
        "String compare(");
  }

  @Test
  void aliasThatIsNoIdentifier() {
    assertErrors(
        2,
        "InvalidAlias",
        "Assistant.summarise: @Var(\"the doc\") on parameter doc is not a valid placeholder"
            + " name; use a Java identifier",
        "String summarise(");
  }

  @Test
  void atMostOneCallOptions() {
    assertError(
        "TwoCallOptions",
        "Assistant.classify: parameters options and more are both CallOptions; a method takes at"
            + " most one",
        "CallOptions more");
  }

  @Test
  void promptOnAClassMethod() {
    assertError(
        "PromptOnClass",
        "Assistant.translate: @Prompt is only allowed on methods of an interface, and Assistant"
            + " is a class",
        "@Prompt(");
  }

  @Test
  void promptOnADefaultMethod() {
    assertError(
        "PromptOnDefaultMethod",
        "Assistant.translate: @Prompt on a default method; Promptfit implements only abstract"
            + " methods, so remove either @Prompt or the method body",
        "@Prompt(");
  }

  @Test
  void promptOnAStaticMethod() {
    assertError(
        "PromptOnStaticMethod",
        "Assistant.translate: @Prompt on a static method; Promptfit implements only abstract"
            + " methods, so remove either @Prompt or the method body",
        "@Prompt(");
  }

  @Test
  void promptOnAPrivateMethod() {
    assertError(
        "PromptOnPrivateMethod",
        "Assistant.translate: @Prompt on a private method; Promptfit implements only abstract"
            + " methods, so remove either @Prompt or the method body",
        "@Prompt(");
  }

  @Test
  void optionOnAClass() {
    assertError(
        "ModelOnClass",
        "Helper: @Model is only allowed on interfaces and their methods, and Helper is a class",
        "@Model(");
  }

  @Test
  void optionOnAnEnumMethod() {
    assertError(
        "OptionOnClassMethod",
        "Helper.ask: @Temperature is only allowed on methods of an interface, and Helper is an"
            + " enum",
        "@Temperature(");
  }

  @Test
  void aliasOnARecordComponent() {
    assertError(
        "VarOnRecordComponent",
        "Question.<init>: @Var on parameter text is only allowed on parameters of interface"
            + " methods, and Question is a record",
        "@Var(");
  }

  @Test
  void optionOnADefaultMethodHasNoEffect() {
    assertError(
        "OptionOnDefaultMethod",
        "Assistant.shout: @Temperature on a default method has no effect; Promptfit reads it only"
            + " on abstract methods with @Prompt",
        "@Temperature(");
  }

  @Test
  void aliasOnAStaticMethodParameterHasNoEffect() {
    assertError(
        "VarOnStaticMethod",
        "Assistant.normalise: @Var on parameter text of a static method has no effect; Promptfit"
            + " reads it only on abstract methods with @Prompt",
        "@Var(");
  }

  @Test
  void annotatedInterfaceWithNothingToImplement() {
    assertError(
        "NothingToImplement",
        "Assistant: has Promptfit annotations but no abstract method to implement; add an"
            + " abstract method with @Prompt, or remove the annotations",
        "interface Assistant");
  }

  @Test
  void annotatedInterfaceWithoutAnyPromptStillReportsTheForgottenOne() {
    assertError(
        "ForgottenPrompt",
        "Assistant.translate: abstract method has no @Prompt; every abstract method of a"
            + " Promptfit interface needs one (or make it a default method)",
        "String translate(");
  }

  @Test
  void promptOnAGenericMethod() {
    assertError(
        "PromptOnGenericMethod",
        "Assistant.describe: a @Prompt method cannot be generic; remove its type parameters",
        "@Prompt(");
  }

  @Test
  void genericInterface() {
    assertError(
        "GenericInterface",
        "Assistant: a Promptfit interface cannot be generic (type parameters: T)",
        "interface Assistant<T>");
  }

  @Test
  void privateNestedInterface() {
    assertError(
        "PrivateNestedInterface",
        "Outer.Hidden: a Promptfit interface cannot be private or nested in a private type,"
            + " since the generated Promptfit_Outer_Hidden must implement it",
        "private interface Hidden");
  }

  @Test
  void sealedInterface() {
    assertError(
        "SealedInterface",
        "Assistant: a Promptfit interface cannot be sealed, since the generated"
            + " Promptfit_Assistant is not one of its permitted subtypes",
        "sealed interface Assistant");
  }

  @Test
  void abstractMethodInheritedFromAClassFileIsReportedOnTheInterface() {
    assertError(
        "InheritedWithoutPrompt",
        "Assistant: abstract method get() inherited from Supplier has no @Prompt; redeclare it"
            + " in Assistant with a @Prompt, or override it with a default method",
        "interface Assistant extends Supplier<String>");
  }

  @Test
  void aliasOnCallOptions() {
    assertError(
        "AliasOnCallOptions",
        "Assistant.classify: @Var on parameter options has no effect: a CallOptions parameter is"
            + " never a placeholder",
        "String classify(");
  }

  @Test
  void sameMethodInheritedFromTwoInterfaces() {
    JavaFileObject source = Compilations.resource("bad/InheritedTwice.java");
    Compilations.Outcome outcome = Compilations.compileRecording(source);
    Compilation c = outcome.compilation();
    assertThat(c).hadErrorCount(1);
    assertThat(c)
        .hadErrorContaining(
            "Both: translate(java.lang.String) is inherited from both Left and Right; redeclare"
                + " it in Both with its own @Prompt")
        .inFile(source)
        .onLineContaining("interface Both");
    assertThat(outcome.generated()).containsExactly("bad.Promptfit_Left", "bad.Promptfit_Right");
  }

  @Test
  void everyMistakeIsReportedAndNothingIsGenerated() {
    JavaFileObject bad = Compilations.resource("bad/MultipleErrors.java");
    JavaFileObject fine = Compilations.resource("bad/AlsoValid.java");
    Compilations.Outcome outcome = Compilations.compileRecording(bad, fine);
    Compilation c = outcome.compilation();
    assertThat(c).hadErrorCount(3);
    assertThat(c)
        .hadErrorContaining("Assistant.translate: unbalanced '{' at index 22 in @Prompt")
        .inFile(bad)
        .onLineContaining("@Prompt(");
    assertThat(c)
        .hadErrorContaining("Assistant.translate: @Temperature(3.0) is out of range")
        .inFile(bad)
        .onLineContaining("@Temperature(");
    assertThat(c)
        .hadErrorContaining("Assistant.translate: no @Model on the method or on interface")
        .inFile(bad)
        .onLineContaining("String translate(");
    // Nothing for the broken interface; another one in the same compilation is not held back.
    assertThat(outcome.generated()).containsExactly("bad.Promptfit_Fine");
  }

  /**
   * Compiles {@code bad/<file>.java} and checks it failed with {@code message} on that line, its
   * only error.
   */
  private static Compilation assertError(String file, String message, String line) {
    return assertErrors(1, file, message, line);
  }

  /** As {@link #assertError}, where the mistake also causes {@code errors - 1} other errors. */
  private static Compilation assertErrors(int errors, String file, String message, String line) {
    JavaFileObject source = Compilations.resource("bad/" + file + ".java");
    Compilations.Outcome outcome = Compilations.compileRecording(source);
    Compilation c = outcome.compilation();
    assertThat(c).failed();
    assertThat(c).hadErrorCount(errors);
    assertError(c, file, message, line);
    assertThat(outcome.generated()).isEmpty();
    assertThat(outcome.resources()).isEmpty();
    return c;
  }

  private static void assertError(Compilation c, String file, String message, String line) {
    assertThat(messages(c)).contains(message);
    assertThat(c)
        .hadErrorContaining(message)
        .inFile(Compilations.resource("bad/" + file + ".java"))
        .onLineContaining(line);
  }

  private static List<String> messages(Compilation c) {
    return c.errors().stream().map(d -> d.getMessage(Locale.ROOT)).toList();
  }

  static List<String> messages(Compilation c, Diagnostic.Kind kind) {
    return c.diagnostics().stream()
        .filter(d -> d.getKind() == kind)
        .map(d -> d.getMessage(Locale.ROOT))
        .toList();
  }
}
