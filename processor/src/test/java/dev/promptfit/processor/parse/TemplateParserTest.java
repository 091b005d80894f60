package dev.promptfit.processor.parse;

import static com.google.common.truth.Truth.assertThat;

import dev.promptfit.processor.parse.Template.Literal;
import dev.promptfit.processor.parse.Template.Placeholder;
import dev.promptfit.processor.parse.TemplateError.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The template grammar, without javac. */
class TemplateParserTest {

  @Test
  void literalAndPlaceholdersInOrder() {
    assertThat(parse("Translate {text} into {language}."))
        .containsExactly(
            new Literal("Translate "),
            new Placeholder("text", 10),
            new Literal(" into "),
            new Placeholder("language", 22),
            new Literal("."))
        .inOrder();
  }

  @Test
  void emptyTemplateHasNoParts() {
    assertThat(parse("")).isEmpty();
  }

  @Test
  void singlePlaceholder() {
    assertThat(parse("{question}")).containsExactly(new Placeholder("question", 0));
  }

  @Test
  void adjacentPlaceholdersStaySeparate() {
    assertThat(parse("{a}{b}"))
        .containsExactly(new Placeholder("a", 0), new Placeholder("b", 3))
        .inOrder();
  }

  @Test
  void doubledBracesAreLiteralAndMergeWithNeighbouringText() {
    assertThat(parse("{{name}} is {name}; }} and {{"))
        .containsExactly(
            new Literal("{name} is "), new Placeholder("name", 12), new Literal("; } and {"))
        .inOrder();
  }

  @Test
  void tripleBracesAreALiteralBraceAroundAPlaceholder() {
    assertThat(parse("{{{x}}}"))
        .containsExactly(new Literal("{"), new Placeholder("x", 2), new Literal("}"))
        .inOrder();
  }

  @Test
  void repeatedPlaceholderIsKeptEachTimeButNamedOnce() {
    Template template = template("{a} and {a} and {b}");
    assertThat(template.placeholders()).hasSize(3);
    assertThat(template.placeholderNames()).containsExactly("a", "b").inOrder();
  }

  @Test
  void identifierCharactersBeyondAsciiAreNames() {
    assertThat(parse("{caf\u00e9_1$}")).containsExactly(new Placeholder("caf\u00e9_1$", 0));
  }

  @Test
  void textThatLooksLikeEscapesIsPlainText() {
    assertThat(parse("$1 \\ \\u0041 \"")).containsExactly(new Literal("$1 \\ \\u0041 \""));
  }

  @Test
  void unclosedBraceIsAnErrorAtTheBrace() {
    assertError("Hello {name", Problem.UNCLOSED_BRACE, 6, "{");
  }

  @Test
  void braceOpenedInsideAPlaceholderLeavesTheFirstUnclosed() {
    assertError("x {a{b}}", Problem.UNCLOSED_BRACE, 2, "{");
  }

  @Test
  void loneClosingBraceIsAnErrorAtTheBrace() {
    assertError("Hello name}", Problem.UNOPENED_BRACE, 10, "}");
  }

  @Test
  void oddClosingBraceAfterPlaceholderIsAnError() {
    assertError("{a}}", Problem.UNOPENED_BRACE, 3, "}");
  }

  @Test
  void emptyPlaceholderIsAnError() {
    assertError("say {} now", Problem.EMPTY_PLACEHOLDER, 4, "{}");
  }

  @Test
  void whitespaceInsideBracesIsAnErrorNotTrimmed() {
    assertError("Hi { name }", Problem.WHITESPACE_IN_PLACEHOLDER, 3, "{ name }");
    assertError("Hi {na\tme}", Problem.WHITESPACE_IN_PLACEHOLDER, 3, "{na\tme}");
  }

  @Test
  void nonIdentifierNameIsAnError() {
    assertError("Reply as {\"a\":1}", Problem.INVALID_NAME, 9, "{\"a\":1}");
    assertError("{a-b}", Problem.INVALID_NAME, 0, "{a-b}");
    assertError("{1st}", Problem.INVALID_NAME, 0, "{1st}");
  }

  @Test
  void firstErrorWins() {
    assertError("} {", Problem.UNOPENED_BRACE, 0, "}");
  }

  @Test
  void identifierRule() {
    assertThat(TemplateParser.isIdentifier("doc")).isTrue();
    assertThat(TemplateParser.isIdentifier("_x9")).isTrue();
    assertThat(TemplateParser.isIdentifier("")).isFalse();
    assertThat(TemplateParser.isIdentifier("9x")).isFalse();
    assertThat(TemplateParser.isIdentifier("a b")).isFalse();
    assertThat(TemplateParser.isIdentifier("a\u0000")).isFalse();
  }

  private static List<Template.Part> parse(String source) {
    return template(source).parts();
  }

  private static Template template(String source) {
    ParseResult result = TemplateParser.parse(source);
    assertThat(result).isInstanceOf(ParseResult.Parsed.class);
    return ((ParseResult.Parsed) result).template();
  }

  private static void assertError(String source, Problem problem, int index, String text) {
    ParseResult result = TemplateParser.parse(source);
    assertThat(result).isEqualTo(new ParseResult.Failed(new TemplateError(problem, index, text)));
  }
}
