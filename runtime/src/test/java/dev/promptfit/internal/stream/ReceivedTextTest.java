package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ReceivedTextTest {

  @Test
  void wholeKeepsEverything() {
    ReceivedText text = ReceivedText.whole();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      String delta = "delta " + i + ";";
      text.append(delta);
      all.append(delta);
    }
    assertEquals(all.toString(), text.wholeText());
    assertEquals(new PartialText(all.toString(), all.length()), text.partial());
    assertFalse(text.partial().truncated());
    assertEquals("", text.partial().note());
  }

  @Test
  void tailKeepsTheLastCharsAndCountsAll() {
    Random random = new Random(3);
    ReceivedText text = ReceivedText.tail();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      // Sizes around and above the ring's, so writes wrap and overwrite it whole.
      int size = i % 500 == 0 ? 5000 + random.nextInt(5000) : random.nextInt(40);
      StringBuilder delta = new StringBuilder();
      for (int c = 0; c < size; c++) {
        delta.append((char) ('a' + random.nextInt(26)));
      }
      text.append(delta.toString());
      all.append(delta);
      String expected = all.substring(Math.max(0, all.length() - ReceivedText.TAIL_CHARS));
      assertEquals(expected, text.partial().text(), "after delta " + i);
      assertEquals(all.length(), text.length());
    }
    assertEquals("", text.wholeText(), "a deltas-only stream gathers no reply text");
  }

  @Test
  void aShortTailIsTheWholeText() {
    ReceivedText text = ReceivedText.tail();
    text.append("Hello");
    text.append(" there");
    assertEquals(new PartialText("Hello there", 11), text.partial());
    assertFalse(text.partial().truncated());
  }

  @Test
  void aCutTailNeverStartsInsideACharacter() {
    ReceivedText text = ReceivedText.tail();
    String emoji = "\ud83d\ude0a";
    // 4097 chars: the tail's first char would be the low half of the emoji.
    text.append(emoji);
    text.append("x".repeat(ReceivedText.TAIL_CHARS - 1));
    PartialText partial = text.partial();
    assertEquals("x".repeat(ReceivedText.TAIL_CHARS - 1), partial.text());
    assertEquals(ReceivedText.TAIL_CHARS + 1, partial.length());
    text.append(emoji);
    assertTrue(text.partial().text().endsWith(emoji), "a whole pair at the end is kept");
  }

  @Test
  void theNoteSaysHowMuchArrived() {
    ReceivedText text = ReceivedText.tail();
    text.append("y".repeat(10_000));
    assertTrue(text.partial().truncated());
    assertEquals(" (partialText() holds the last 4096 of 10000 chars)", text.partial().note());
  }
}
