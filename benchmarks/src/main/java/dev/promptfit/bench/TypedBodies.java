package dev.promptfit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The typed benchmark's answer, {@code {"items": [...]}} of {@value #ELEMENTS} {@link Item}s, as
 * the services stream structured output: fragments cut across string delimiters, the way the
 * recorded streams cut them (<code>{"</code> · {@code sku} · {@code ":"} · {@code SKU-00} · ...,
 * FEATURES.md section 1), in the Responses and Chat event shapes of {@link Bodies}.
 */
final class TypedBodies {
  static final int ELEMENTS = 2_000;

  private static final String[] NAMES = {
    "Widget",
    "Garden hose",
    "Café mug",
    "Spanner “pro”",
    "Kite",
    "Trowel {small}",
    "Teapot \\\"x\\\""
  };
  private static final String[] TAGS = {"sale", "new", "eco", "bulk", "gift"};

  private TypedBodies() {}

  /** The answer's JSON text. */
  static String json() {
    Random random = new Random(44);
    StringBuilder json = new StringBuilder(ELEMENTS * 160).append("{\"items\":[");
    for (int i = 0; i < ELEMENTS; i++) {
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"sku\":\"SKU-")
          .append(String.format("%06d", i))
          .append("\",\"name\":")
          .append(Bodies.json(NAMES[random.nextInt(NAMES.length)] + " " + i))
          .append(",\"quantity\":")
          .append(random.nextInt(500))
          .append(",\"price\":")
          .append(random.nextInt(100_000) / 100.0)
          .append(",\"inStock\":")
          .append(random.nextBoolean())
          .append(",\"category\":\"")
          .append(Item.Category.values()[random.nextInt(4)])
          .append("\",\"tags\":[");
      int tags = random.nextInt(3);
      for (int t = 0; t < tags; t++) {
        json.append(t == 0 ? "" : ",")
            .append('"')
            .append(TAGS[random.nextInt(TAGS.length)])
            .append('"');
      }
      json.append("]}");
    }
    return json.append("]}").toString();
  }

  /**
   * The JSON cut as a model's tokens arrive: each run of structural characters ({@code {}[]:,"}) is
   * one piece, each run of anything else is cut every six characters.
   */
  static List<String> pieces(String json) {
    List<String> pieces = new ArrayList<>();
    int i = 0;
    while (i < json.length()) {
      int start = i;
      boolean structural = isStructural(json.charAt(i));
      while (i < json.length()
          && isStructural(json.charAt(i)) == structural
          && (structural || i - start < 6)) {
        if (!structural && json.charAt(i) == '\\' && i + 1 < json.length()) {
          i++;
        }
        i++;
      }
      pieces.add(json.substring(start, i));
    }
    return pieces;
  }

  private static boolean isStructural(char c) {
    return c == '{' || c == '}' || c == '[' || c == ']' || c == ':' || c == ',' || c == '"';
  }

  /** The Responses stream of the answer. */
  static Bodies.Body responses() {
    List<String> pieces = pieces(json());
    int[] next = {0};
    return Bodies.responses(pieces.size(), new Random(45), () -> pieces.get(next[0]++));
  }

  /** The Chat stream of the answer. */
  static Bodies.Body chat() {
    List<String> pieces = pieces(json());
    int[] next = {0};
    return Bodies.chat(pieces.size(), new Random(46), () -> pieces.get(next[0]++));
  }
}
