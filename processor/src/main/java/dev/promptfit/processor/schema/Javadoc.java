package dev.promptfit.processor.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the parts of a doc comment that become descriptions: the first sentence of the main
 * text, and the text of each {@code @param} tag. Inline tags become their text ({@code {@code x}}
 * is {@code x}, {@code {@link Line#price the price}} is {@code the price}), HTML tags are dropped,
 * the common entities decoded and white space collapsed, so the model reads prose. A block tag
 * starts at an {@code @} that follows white space outside inline tags, also mid-line, as in the
 * one-line {@code /** An invoice. @param vendor the seller *}{@code /}.
 *
 * <p>Needs no javac, so it is tested on its own. Public for tools, whose descriptions come from
 * their methods' Javadoc by the same rules.
 */
public final class Javadoc {
  private Javadoc() {}

  /** The main text's first sentence, its final period kept, or empty. */
  public static Optional<String> firstSentence(String comment) {
    String main = clean(split(comment).main);
    for (int i = 0; i < main.length(); i++) {
      char c = main.charAt(i);
      if (c == '.' && (i + 1 == main.length() || Character.isWhitespace(main.charAt(i + 1)))) {
        return nonEmpty(main.substring(0, i + 1));
      }
    }
    return nonEmpty(main);
  }

  /** The text of each {@code @param} tag by parameter name, in order; type parameters left out. */
  public static Map<String, String> params(String comment) {
    Map<String, String> params = new LinkedHashMap<>();
    for (String text : split(comment).tags) {
      if (!text.startsWith("@param")) {
        continue;
      }
      String rest = text.substring("@param".length()).strip();
      int end = 0;
      while (end < rest.length() && !Character.isWhitespace(rest.charAt(end))) {
        end++;
      }
      String name = rest.substring(0, end);
      if (name.isEmpty() || name.startsWith("<")) {
        continue;
      }
      String description = clean(rest.substring(end));
      if (!description.isEmpty()) {
        params.putIfAbsent(name, description);
      }
    }
    return params;
  }

  /** The main text and the block tags, each tag's text from its {@code @} on. */
  private record Parts(String main, List<String> tags) {}

  private static Parts split(String comment) {
    List<String> tags = new ArrayList<>();
    int depth = 0;
    int mainEnd = -1;
    int tagStart = -1;
    for (int i = 0; i < comment.length(); i++) {
      char c = comment.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && depth > 0) {
        depth--;
      } else if (c == '@'
          && depth == 0
          && (i == 0 || Character.isWhitespace(comment.charAt(i - 1)))
          && i + 1 < comment.length()
          && Character.isLetter(comment.charAt(i + 1))) {
        if (tagStart >= 0) {
          tags.add(comment.substring(tagStart, i));
        } else {
          mainEnd = i;
        }
        tagStart = i;
      }
    }
    if (tagStart >= 0) {
      tags.add(comment.substring(tagStart));
    }
    return new Parts(mainEnd < 0 ? comment : comment.substring(0, mainEnd), tags);
  }

  /** Prose from doc-comment markup. */
  static String clean(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '@') {
        int end = closingBrace(text, i);
        out.append(inlineTag(text.substring(i + 2, end)));
        i = Math.min(end + 1, text.length());
      } else if (c == '<') {
        int end = text.indexOf('>', i);
        if (end < 0) {
          out.append(c);
          i++;
        } else {
          out.append(' ');
          i = end + 1;
        }
      } else {
        out.append(c);
        i++;
      }
    }
    String decoded =
        out.toString()
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#64;", "@")
            .replace("&nbsp;", " ")
            .replace("&amp;", "&");
    return decoded.replaceAll("\\s+", " ").strip();
  }

  /** The index of the brace closing the one at {@code open}, or the text's length. */
  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      if (text.charAt(i) == '{') {
        depth++;
      } else if (text.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    return text.length();
  }

  /** {@code code x} is {@code x}; {@code link A#b label} is {@code label}, else {@code A.b}. */
  private static String inlineTag(String body) {
    int space = 0;
    while (space < body.length() && !Character.isWhitespace(body.charAt(space))) {
      space++;
    }
    String tag = body.substring(0, space);
    String rest = body.substring(space).strip();
    if (tag.equals("link") || tag.equals("linkplain")) {
      int split = 0;
      int depth = 0;
      while (split < rest.length()) {
        char c = rest.charAt(split);
        if (c == '(') {
          depth++;
        } else if (c == ')') {
          depth--;
        } else if (Character.isWhitespace(c) && depth == 0) {
          break;
        }
        split++;
      }
      String label = rest.substring(split).strip();
      if (!label.isEmpty()) {
        return label;
      }
      String reference = rest.substring(0, split);
      return reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
    }
    return rest;
  }

  private static Optional<String> nonEmpty(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? Optional.empty() : Optional.of(stripped);
  }
}
