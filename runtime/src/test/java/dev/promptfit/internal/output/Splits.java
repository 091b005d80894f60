package dev.promptfit.internal.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Ways to cut an answer's text into the deltas a stream would bring. */
final class Splits {
  private Splits() {}

  /** {@code text} cut at {@code at} into two pieces, either possibly empty. */
  static List<String> at(String text, int at) {
    return List.of(text.substring(0, at), text.substring(at));
  }

  /** One char per piece, so every surrogate pair is cut in two. */
  static List<String> chars(String text) {
    List<String> pieces = new ArrayList<>(text.length());
    for (int i = 0; i < text.length(); i++) {
      pieces.add(text.substring(i, i + 1));
    }
    return pieces;
  }

  /** Pieces of 0 to {@code max} chars, chosen by {@code random}. */
  static List<String> random(String text, Random random, int max) {
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < text.length(); ) {
      int size = Math.min(random.nextInt(max + 1), text.length() - i);
      pieces.add(text.substring(i, i + size));
      i += size;
    }
    return pieces;
  }
}
