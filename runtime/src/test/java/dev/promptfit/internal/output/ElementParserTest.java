package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.OutputParseException;
import dev.promptfit.internal.output.Answers.Line;
import dev.promptfit.internal.output.Answers.Node;
import dev.promptfit.internal.output.Answers.Person;
import dev.promptfit.internal.output.Answers.Sentiment;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Streamed list answers cut into deltas every way: at each single point, one char at a time (so
 * every escape, number and surrogate pair is cut), and at random. Each cut must give the same
 * elements as the whole text, and each element must reach the sink during the {@code feed} of the
 * delta holding the char that completes it, so before any later delta is read.
 */
class ElementParserTest {

  /**
   * A list answer built from its elements' JSON, with the offset of the char that completes each:
   * the last char of an object, array, string or literal, and the char after a number, since only
   * that shows it ended.
   */
  record Doc(String name, Type elementType, OutputMode mode, String text, int[] completes) {
    static Doc of(
        String name,
        Type elementType,
        OutputMode mode,
        String head,
        String separator,
        String tail,
        String... elements) {
      StringBuilder text = new StringBuilder(head);
      int[] completes = new int[elements.length];
      for (int k = 0; k < elements.length; k++) {
        if (k > 0) {
          text.append(separator);
        }
        text.append(elements[k]);
        char last = elements[k].charAt(elements[k].length() - 1);
        boolean number = last >= '0' && last <= '9';
        completes[k] = number ? text.length() : text.length() - 1;
      }
      text.append(tail);
      return new Doc(name, elementType, mode, text.toString(), completes);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Doc> docs() {
    OutputMode strict = OutputMode.STRICT;
    return List.of(
        Doc.of(
            "tricky strings",
            Person.class,
            strict,
            "{\"items\":[",
            ",",
            "]}",
            "{\"name\":\"}{ \\\" \\\\ [\\\"]\",\"age\":1}",
            "{\"name\":\"caf\\u00e9 \\ud83d\\ude00 café 😀 中文\",\"age\":-22}",
            "{\"name\":\"line\\nbreak\\ttab\\/slash \\\"}{\\\"\",\"age\":333333}",
            "{\"age\":0,\"name\":\"𝄞𝄞\"}"),
        Doc.of(
            "pretty-printed",
            Person.class,
            strict,
            "{\n  \"items\": [\n    ",
            ",\n    ",
            "\n  ]\n}\n",
            "{\n      \"name\": \"Ada\",\n      \"age\": 36\n    }",
            "{\n      \"name\": \"Alan\",\n      \"age\": 41\n    }"),
        Doc.of("empty", Person.class, strict, "{\"items\":[", ",", "]}"),
        Doc.of(
            "numbers split",
            Line.class,
            strict,
            "{ \"items\" : [ ",
            " , ",
            " ] } ",
            "{\"item\":\"a\",\"quantity\":12345,\"unitPrice\":0.000000000000000000123}",
            "{\"item\":\"b\",\"quantity\":-7,\"unitPrice\":1.5e-3}",
            "{\"item\":\"c\",\"quantity\":2147483647,\"unitPrice\":123456789012345678901234567890.5}"),
        Doc.of(
            "nested",
            Node.class,
            strict,
            "{\"items\":[",
            ",",
            "]}",
            "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[]},{\"name\":\"]}\",\"children\":[]}]}",
            "{\"children\":[],\"name\":\"c\"}"),
        Doc.of(
            "numbers",
            Integer.class,
            strict,
            "{\"items\":[",
            ", ",
            "]}",
            "1",
            "-20",
            "300000",
            "0"),
        Doc.of("number last", Integer.class, strict, "{\"items\":[", ",", "]}", "12", "345"),
        Doc.of(
            "booleans",
            Boolean.class,
            strict,
            "{\"items\":[",
            " ,\n",
            "]}",
            "true",
            "false",
            "true"),
        Doc.of(
            "enums",
            Sentiment.class,
            strict,
            "{\"items\":[",
            ",",
            "]}",
            "\"POSITIVE\"",
            "\"NEUTRAL\"",
            "\"NEGATIVE\""),
        Doc.of(
            "fenced",
            Person.class,
            OutputMode.TOLERANT,
            "Here you go:\n```json\n{\"count\":2,\"items\":[",
            ",",
            "],\"done\":{\"x\":[1]}}\n```\nAnything else?",
            "{\"name\":\"Ada\",\"extra\":[{\"a\":1}],\"age\":36}",
            "{\"name\":\"Alan\",\"age\":41}"));
  }

  /** What a parse of some deltas produced, and in which delta each element arrived. */
  record Run(List<Object> elements, List<Integer> arrivedIn, @Nullable String failure) {}

  static Run run(Doc doc, List<String> pieces) {
    List<Object> elements = new ArrayList<>();
    List<Integer> arrivedIn = new ArrayList<>();
    int[] piece = {0};
    ElementParser parser =
        TypedOutput.ofElements("Lister.items", doc.elementType())
            .elements(
                doc.mode(),
                s -> s,
                element -> {
                  elements.add(element);
                  arrivedIn.add(piece[0]);
                });
    try {
      for (; piece[0] < pieces.size(); piece[0]++) {
        parser.feed(pieces.get(piece[0]));
      }
      parser.finish(null);
      return new Run(elements, arrivedIn, null);
    } catch (OutputParseException e) {
      return new Run(elements, arrivedIn, e.getMessage());
    }
  }

  /** The index of the piece that holds char {@code offset}. */
  static int pieceOf(List<String> pieces, int offset) {
    int start = 0;
    for (int i = 0; i < pieces.size(); i++) {
      int end = start + pieces.get(i).length();
      if (offset < end) {
        return i;
      }
      start = end;
    }
    throw new AssertionError("offset " + offset + " is past the text");
  }

  static void assertSplit(Doc doc, List<Object> expected, List<String> pieces) {
    Run run = run(doc, pieces);
    String where = doc + ", pieces " + pieces;
    assertNull(run.failure(), where);
    assertEquals(expected, run.elements(), where);
    for (int k = 0; k < expected.size(); k++) {
      assertEquals(
          pieceOf(pieces, doc.completes()[k]),
          run.arrivedIn().get(k),
          "element " + k + " must arrive with the delta that completes it; " + where);
    }
  }

  static Stream<Doc> allDocs() {
    return docs().stream();
  }

  @ParameterizedTest
  @MethodSource("allDocs")
  void everySplitPoint(Doc doc) {
    List<Object> expected = whole(doc);
    assertEquals(doc.completes().length, expected.size());
    for (int at = 0; at <= doc.text().length(); at++) {
      assertSplit(doc, expected, Splits.at(doc.text(), at));
    }
  }

  @ParameterizedTest
  @MethodSource("allDocs")
  void oneCharAtATime(Doc doc) {
    assertSplit(doc, whole(doc), Splits.chars(doc.text()));
  }

  @ParameterizedTest
  @MethodSource("allDocs")
  void randomSplits(Doc doc) {
    Random random = new Random(doc.name().hashCode());
    List<Object> expected = whole(doc);
    for (int i = 0; i < 200; i++) {
      assertSplit(doc, expected, Splits.random(doc.text(), random, 1 + i % 12));
    }
  }

  @Test
  void theElementsAreTheOnesWritten() {
    assertEquals(
        List.of(
            new Person("}{ \" \\ [\"]", 1),
            new Person("café 😀 café 😀 中文", -22),
            new Person("line\nbreak\ttab/slash \"}{\"", 333333),
            new Person("𝄞𝄞", 0)),
        whole(docs().get(0)));
    assertEquals(
        List.of(
            new Line("a", 12345, new BigDecimal("0.000000000000000000123")),
            new Line("b", -7, new BigDecimal("1.5e-3")),
            new Line("c", Integer.MAX_VALUE, new BigDecimal("123456789012345678901234567890.5"))),
        whole(docs().get(3)));
    assertEquals(List.of(1, -20, 300000, 0), whole(docs().get(5)));
    assertEquals(List.of(true, false, true), whole(docs().get(7)));
  }

  /** The accumulate-then-parse result, from Jackson's own binding as an independent oracle. */
  record PeopleAnswer(List<Person> items) {}

  @Test
  void randomAnswersAgreeWithParsingTheWholeText() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    Random random = new Random(7);
    for (int run = 0; run < 300; run++) {
      int count = random.nextInt(6);
      String[] elements = new String[count];
      for (int k = 0; k < count; k++) {
        elements[k] =
            random.nextBoolean()
                ? "{\"name\":"
                    + mapper.writeValueAsString(randomText(random))
                    + ",\"age\":"
                    + (random.nextInt() >> random.nextInt(32))
                    + "}"
                : "{ \"age\" : "
                    + random.nextInt(200)
                    + " , \"name\" : \""
                    + escapedText(random)
                    + "\" }";
      }
      Doc doc =
          Doc.of(
              "random " + run,
              Person.class,
              OutputMode.STRICT,
              "{\"items\": [",
              ", ",
              "]}",
              elements);
      List<Object> expected = List.copyOf(mapper.readValue(doc.text(), PeopleAnswer.class).items());
      assertSplit(doc, expected, Splits.random(doc.text(), random, 1 + random.nextInt(20)));
      assertSplit(doc, expected, Splits.at(doc.text(), random.nextInt(doc.text().length() + 1)));
    }
  }

  static Stream<Arguments> failuresAfterSomeElements() {
    String two = "{\"items\":[{\"name\":\"a\",\"age\":1},{\"name\":\"b\",\"age\":2}";
    return Stream.of(
        Arguments.of(
            two + ",{\"name\":\"c\",\"age\":\"old\"}]}",
            2,
            "Lister.items: Answers.Person[2].age: \"old\" is not an int"),
        Arguments.of(
            two + "{\"name\":\"c\",\"age\":3}]}",
            2,
            "Lister.items: invalid JSON at char 51, after"
                + " \"…\\\"name\\\":\\\"a\\\",\\\"age\\\":1},{\\\"name\\\":\\\"b\\\",\\\"age\\\":2}\":"
                + " expected ',' or ']' after an array element, found '{'"),
        Arguments.of(
            two + "]} and more",
            2,
            "Lister.items: unexpected text after the JSON object at char 54: \"and more\""),
        Arguments.of(
            two + "]",
            2,
            "Lister.items: the answer ended before its JSON was complete, in Answers.Person after"
                + " 52 chars; it ends with"
                + " \"…name\\\":\\\"a\\\",\\\"age\\\":1},{\\\"name\\\":\\\"b\\\",\\\"age\\\":2}]\""),
        Arguments.of(
            two + ",{\"name\":\"c\",\"age\":3",
            2,
            "Lister.items: the answer ended before its JSON was complete, in Answers.Person[2].age"
                + " after 71 chars; it ends with"
                + " \"…{\\\"name\\\":\\\"b\\\",\\\"age\\\":2},{\\\"name\\\":\\\"c\\\",\\\"age\\\":3\""),
        Arguments.of(
            two + ",{\"name\":\"c\",\"age\":3}],\"extra\":1}",
            3,
            "Lister.items: unexpected property \"extra\" in the answer's JSON object; expected a"
                + " JSON object {\"items\": [Answers.Person, …]}"),
        Arguments.of(
            "{\"items\":[{\"name\":\"a\",\"age\":1},\"b\"]}",
            1,
            "Lister.items: Answers.Person[1]: \"b\" is not an Answers.Person"));
  }

  @ParameterizedTest
  @MethodSource("failuresAfterSomeElements")
  void aFailureComesAfterTheElementsBeforeIt(String text, int delivered, String message) {
    Doc doc = new Doc("failing", Person.class, OutputMode.STRICT, text, new int[0]);
    List<List<String>> splits = new ArrayList<>();
    splits.add(List.of(text));
    splits.add(Splits.chars(text));
    for (int at = 0; at <= text.length(); at++) {
      splits.add(Splits.at(text, at));
    }
    for (List<String> pieces : splits) {
      Run run = run(doc, pieces);
      assertEquals(message, run.failure(), "pieces " + pieces);
      assertEquals(delivered, run.elements().size(), "pieces " + pieces);
    }
  }

  @Test
  void theTokenLimitIsNamed() {
    ElementParser parser =
        TypedOutput.ofElements("Lister.items", Person.class)
            .elements(OutputMode.STRICT, s -> s, e -> {});
    parser.feed("{\"items\":[{\"name\":\"a\",\"age\":1},{\"na");
    OutputParseException e =
        assertThrows(OutputParseException.class, () -> parser.finish("length"));
    assertEquals(
        "Lister.items: the answer was cut off by the output token limit (finish reason length)"
            + " before its JSON was complete, in Answers.Person[1] after 35 chars; it ends with"
            + " \"{\\\"items\\\":[{\\\"name\\\":\\\"a\\\",\\\"age\\\":1},{\\\"na\"",
        e.getMessage());
    assertEquals(1, parser.elements());
  }

  @Test
  void aSpentParserSaysSo() {
    ElementParser parser =
        TypedOutput.ofElements("Lister.items", Person.class)
            .elements(OutputMode.STRICT, s -> s, e -> {});
    assertThrows(OutputParseException.class, () -> parser.feed("{\"items\":[1]}"));
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> parser.feed("{"));
    assertEquals("Lister.items: the answer's parser already finished or failed", e.getMessage());
    assertThrows(IllegalStateException.class, () -> parser.finish(null));
  }

  @Test
  void textThatMustNotBeThereFailsOnceItsQuoteHasArrived() {
    ElementParser parser =
        TypedOutput.ofElements("Lister.items", Person.class)
            .elements(OutputMode.STRICT, s -> s, e -> {});
    parser.feed("  Sure");
    parser.feed("! Here are the people you asked for");
    OutputParseException e =
        assertThrows(OutputParseException.class, () -> parser.feed(" in the text."));
    assertEquals(
        "Lister.items: expected a JSON object {\"items\": [Answers.Person, …]} at char 2, found"
            + " \"Sure! Here are the people you asked for …\"",
        e.getMessage());
  }

  @Test
  void aSinkThatThrowsEndsTheParseWithItsOwnException() {
    IllegalStateException stop = new IllegalStateException("subscriber gone");
    ElementParser parser =
        TypedOutput.ofElements("Lister.items", Integer.class)
            .elements(
                OutputMode.STRICT,
                s -> s,
                e -> {
                  throw stop;
                });
    assertSame(
        stop, assertThrows(IllegalStateException.class, () -> parser.feed("{\"items\":[1,")));
    assertThrows(IllegalStateException.class, () -> parser.finish(null));
  }

  @Test
  void onlyListsStream() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                TypedOutput.of("Lister.one", Person.class)
                    .elements(OutputMode.STRICT, s -> s, x -> {}));
    assertEquals("Lister.one: Answers.Person is not a list", e.getMessage());
  }

  @Test
  void aLongAnswersRawTextIsItsEnd() {
    ElementParser parser =
        TypedOutput.ofElements("Lister.items", Person.class)
            .elements(OutputMode.STRICT, s -> s, e -> {});
    parser.feed("{\"items\":[");
    String element = "{\"name\":\"" + "x".repeat(100) + "\",\"age\":1},";
    for (int i = 0; i < 1000; i++) {
      parser.feed(element);
    }
    String last = "{\"name\":\"y\",\"age\":\"z\"}";
    long chars = 10 + 1000L * element.length() + last.length();
    OutputParseException e = assertThrows(OutputParseException.class, () -> parser.feed(last));
    assertEquals(
        "Lister.items: Answers.Person[1000].age: \"z\" is not an int (rawText() holds the last 4096"
            + " of "
            + chars
            + " chars)",
        e.getMessage());
    assertEquals(4096, e.rawText().length());
    assertTrue(e.rawText().endsWith(element + last), e.rawText());
    assertEquals(1000, parser.elements());
  }

  private static List<Object> whole(Doc doc) {
    Object value =
        TypedOutput.ofElements("Lister.items", doc.elementType())
            .read(doc.text(), null, doc.mode(), s -> s);
    return List.copyOf((List<?>) value);
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(12);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(8)) {
        case 0 -> text.append("😀");
        case 1 -> text.append('"');
        case 2 -> text.append("}{");
        case 3 -> text.append('\\');
        case 4 -> text.append('\n');
        case 5 -> text.append('é');
        default -> text.append((char) ('a' + random.nextInt(26)));
      }
    }
    return text.toString();
  }

  /** JSON string content written with escapes a model might use, in place of raw chars. */
  private static String escapedText(Random random) {
    String[] pieces = {"\\u00e9", "\\ud83d\\ude00", "\\\"", "\\\\", "\\n", "]", "[", "x", "\\/"};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(8);
    for (int i = 0; i < length; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
