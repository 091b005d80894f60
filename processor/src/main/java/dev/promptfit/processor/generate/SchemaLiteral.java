package dev.promptfit.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * A schema's compact JSON as a Java expression of string literals, one line each, broken after a
 * comma between JSON values so each line reads as a few properties, and long descriptions after
 * spaces. javac folds the concatenation
 * into one constant, but a class file holds a constant of at most 65,535 bytes (modified UTF-8),
 * which a schema near OpenAI's 120,000-character limit exceeds; such a schema is written as {@code
 * String.join("", ...)} of larger pieces instead, computed once when the class loads.
 */
final class SchemaLiteral {
  /** Characters of JSON per line, before escaping. */
  static final int LINE = 64;

  /** Characters of JSON per piece of a schema too long for one constant. */
  static final int PIECE = 4_000;

  /** The most bytes one constant of a class file holds. */
  static final int CONSTANT_BYTES = 65_535;

  private SchemaLiteral() {}

  /** The expression, starting on a new line indented twice, as a field initializer reads. */
  static CodeBlock of(String json) {
    CodeBlock.Builder code = CodeBlock.builder().add("$>$>\n");
    if (modifiedUtf8Length(json) <= CONSTANT_BYTES) {
      List<String> lines = split(json, LINE);
      for (int i = 0; i < lines.size(); i++) {
        code.add(i == 0 ? "$L" : " +\n$L", JavaLiterals.string(lines.get(i)));
      }
    } else {
      code.add("$T.join(\"\"$>", String.class);
      for (String piece : split(json, PIECE)) {
        code.add(",\n$L", JavaLiterals.string(piece));
      }
      code.add(")$<");
    }
    return code.add("$<$<").build();
  }

  /**
   * {@code json} in pieces of about {@code width} characters, each ending after a comma outside
   * any string, so no piece breaks a name or a value; a single value longer than {@code width}
   * is one piece.
   */
  static List<String> split(String json, int width) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int segmentStart = 0;
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == ',') {
        String segment = json.substring(segmentStart, i + 1);
        if (piece.length() > 0 && piece.length() + segment.length() > width) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
        piece.append(segment);
        segmentStart = i + 1;
      }
    }
    String last = json.substring(segmentStart);
    if (piece.length() > 0 && piece.length() + last.length() > width) {
      pieces.add(piece.toString());
      piece.setLength(0);
    }
    piece.append(last);
    pieces.add(piece.toString());
    List<String> result = new ArrayList<>();
    for (String p : pieces) {
      atSpaces(p, width, result);
    }
    return result;
  }

  /**
   * {@code piece}, if longer than {@code width}, cut after spaces, which compact JSON has only
   * inside strings (long descriptions), so a cut never splits a name or an escape.
   */
  private static void atSpaces(String piece, int width, List<String> into) {
    int start = 0;
    while (piece.length() - start > width) {
      int cut = piece.lastIndexOf(' ', start + width);
      if (cut <= start) {
        cut = piece.indexOf(' ', start + width);
        if (cut < 0) {
          break;
        }
      }
      into.add(piece.substring(start, cut + 1));
      start = cut + 1;
    }
    into.add(piece.substring(start));
  }

  /** The bytes {@code text} takes in a class file's constant pool. */
  static int modifiedUtf8Length(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }
}
