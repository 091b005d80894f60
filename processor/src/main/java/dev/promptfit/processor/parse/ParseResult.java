package dev.promptfit.processor.parse;

/** The outcome of {@link TemplateParser#parse}: a template, or the first syntax error in it. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Failed {

  /** The template parsed. */
  record Parsed(Template template) implements ParseResult {}

  /** The template has a syntax error; parsing stopped at the first one. */
  record Failed(TemplateError error) implements ParseResult {}
}
