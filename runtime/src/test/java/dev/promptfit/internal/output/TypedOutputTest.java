package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.OutputParseException;
import dev.promptfit.internal.Types;
import dev.promptfit.internal.output.Answers.Circle;
import dev.promptfit.internal.output.Answers.Containers;
import dev.promptfit.internal.output.Answers.Drawing;
import dev.promptfit.internal.output.Answers.Empty;
import dev.promptfit.internal.output.Answers.Invoice;
import dev.promptfit.internal.output.Answers.Line;
import dev.promptfit.internal.output.Answers.Nicknamed;
import dev.promptfit.internal.output.Answers.Node;
import dev.promptfit.internal.output.Answers.Person;
import dev.promptfit.internal.output.Answers.Rect;
import dev.promptfit.internal.output.Answers.Renamed;
import dev.promptfit.internal.output.Answers.Scalars;
import dev.promptfit.internal.output.Answers.Sentiment;
import dev.promptfit.internal.output.Answers.Shape;
import dev.promptfit.internal.output.Answers.Times;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Whole answers bound to every supported type family, in both modes. */
class TypedOutputTest {

  static Object read(Type type, String text, OutputMode mode) {
    return TypedOutput.of("Extractor.m", type).read(text, null, mode, s -> s);
  }

  static Object read(Type type, String text) {
    return read(type, text, OutputMode.STRICT);
  }

  @ParameterizedTest
  @EnumSource(OutputMode.class)
  void recordsWithListsAndOptionals(OutputMode mode) {
    String json =
        "{\"vendor\":\"ACME \\\"Tools\\\" {Ltd}\",\"date\":\"2024-05-31\",\"lines\":["
            + "{\"item\":\"bolt\",\"quantity\":3,\"unitPrice\":0.10},"
            + "{\"item\":\"nut [M4]\",\"quantity\":-2,\"unitPrice\":12}],\"notes\":\"paid\"}";
    assertEquals(
        new Invoice(
            "ACME \"Tools\" {Ltd}",
            LocalDate.of(2024, 5, 31),
            List.of(
                new Line("bolt", 3, new BigDecimal("0.10")),
                new Line("nut [M4]", -2, new BigDecimal("12"))),
            Optional.of("paid")),
        read(Invoice.class, json, mode));
  }

  @Test
  void everyScalarIsReadExactly() {
    Scalars value =
        (Scalars)
            read(
                Scalars.class,
                "{\"string\":\"caf\\u00e9 \ud83d\ude00\",\"flag\":true,\"boxedFlag\":false,"
                    + "\"count\":-2147483648,\"boxedCount\":2147483647,"
                    + "\"big\":9223372036854775807,\"boxedBig\":-9223372036854775808,"
                    + "\"ratio\":0.1,\"boxedRatio\":3,\"share\":1e-300,\"boxedShare\":-2.5E10,"
                    + "\"huge\":123456789012345678901234567890,"
                    + "\"price\":0.1000000000000000000001}");
    assertEquals(
        new Scalars(
            "café 😀",
            true,
            false,
            Integer.MIN_VALUE,
            Integer.MAX_VALUE,
            Long.MAX_VALUE,
            Long.MIN_VALUE,
            0.1f,
            3f,
            1e-300,
            -2.5e10,
            new BigInteger("123456789012345678901234567890"),
            new BigDecimal("0.1000000000000000000001")),
        value);
    assertEquals(22, value.price().scale(), "BigDecimal keeps the digits as written");
  }

  @Test
  void datesTimesUuidsAndUris() {
    assertEquals(
        new Times(
            LocalDate.of(2024, 2, 29),
            LocalTime.of(14, 30, 5, 123_000_000),
            LocalDateTime.of(2024, 5, 31, 14, 30),
            OffsetDateTime.of(2024, 5, 31, 14, 30, 0, 0, ZoneOffset.ofHours(2)),
            Instant.parse("2024-05-31T12:30:00Z"),
            UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
            URI.create("https://example.com/a?b=c#d")),
        read(
            Times.class,
            "{\"date\":\"2024-02-29\",\"time\":\"14:30:05.123\",\"local\":\"2024-05-31T14:30\","
                + "\"offset\":\"2024-05-31T14:30:00+02:00\",\"instant\":\"2024-05-31T12:30:00Z\","
                + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\","
                + "\"link\":\"https://example.com/a?b=c#d\"}"));
  }

  @Test
  void theOffsetOfADateTimeIsKept() {
    OffsetDateTime value =
        (OffsetDateTime) read(OffsetDateTime.class, "{\"value\":\"2024-05-31T14:30:00-07:00\"}");
    assertEquals(ZoneOffset.ofHours(-7), value.getOffset());
  }

  @Test
  void containers() {
    Containers value =
        (Containers)
            read(
                Containers.class,
                "{\"list\":[\"b\",\"a\",\"b\"],\"set\":[3,1,3,2],\"ints\":[1,-2],\"strings\":[],"
                    + "\"matrix\":[[1],[],[2,3]],\"maybe\":null,\"gaps\":[\"x\",null]}");
    assertEquals(List.of("b", "a", "b"), value.list());
    assertEquals(List.of(3, 1, 2), List.copyOf(value.set()), "a set keeps first places");
    assertArrayEquals(new int[] {1, -2}, value.ints());
    assertArrayEquals(new String[0], value.strings());
    assertEquals(List.of(List.of(1), List.of(), List.of(2, 3)), value.matrix());
    assertEquals(Optional.empty(), value.maybe());
    assertEquals(List.of(Optional.of("x"), Optional.empty()), value.gaps());
    assertThrows(UnsupportedOperationException.class, () -> value.list().add("c"));
    assertThrows(UnsupportedOperationException.class, () -> value.set().add(4));
  }

  @Test
  void optionalAndNullableComponentsMayBeNullOrAbsent() {
    String noNotes = "{\"vendor\":\"v\",\"date\":\"2024-05-31\",\"lines\":[]}";
    assertEquals(Optional.empty(), ((Invoice) read(Invoice.class, noNotes)).notes());
    assertEquals(new Nicknamed(null, "Ada"), read(Nicknamed.class, "{\"name\":\"Ada\"}"));
    assertEquals(
        new Nicknamed(null, "Ada"), read(Nicknamed.class, "{\"nickname\":null,\"name\":\"Ada\"}"));
    assertEquals(
        new Nicknamed("A", "Ada"), read(Nicknamed.class, "{\"nickname\":\"A\",\"name\":\"Ada\"}"));
  }

  @Test
  void wrappedRoots() {
    assertEquals(Sentiment.NEUTRAL, read(Sentiment.class, "{\"value\":\"NEUTRAL\"}"));
    assertEquals(42, read(int.class, "{\"value\": 42}"));
    assertEquals(42L, read(Long.class, "{\"value\": 42}"));
    assertEquals("", read(String.class, "{\"value\":\"\"}"));
    assertEquals(false, read(boolean.class, "{\"value\":false}"));
    assertEquals(new BigDecimal("1.50"), read(BigDecimal.class, "{\"value\":1.50}"));
    assertEquals(LocalDate.of(2024, 1, 2), read(LocalDate.class, "{\"value\":\"2024-01-02\"}"));
    Type optional = Types.parameterized(Optional.class, Integer.class);
    assertEquals(Optional.empty(), read(optional, "{\"value\":null}"));
    assertEquals(Optional.of(7), read(optional, "{\"value\":7}"));
    assertEquals(
        new Circle(2.5), read(Shape.class, "{\"value\":{\"type\":\"Circle\",\"radius\":2.5}}"));
  }

  @Test
  void listRoots() {
    Type people = Types.parameterized(List.class, Person.class);
    assertEquals(
        List.of(new Person("Ada", 36), new Person("Alan", 41)),
        read(people, "{\"items\":[{\"name\":\"Ada\",\"age\":36},{\"name\":\"Alan\",\"age\":41}]}"));
    assertEquals(List.of(), read(people, "{\"items\":[]}"));
    assertEquals(
        Set.of("a", "b"),
        read(Types.parameterized(Set.class, String.class), "{\"items\":[\"a\",\"b\",\"a\"]}"));
    assertArrayEquals(
        new Person[] {new Person("Ada", 36)},
        (Person[]) read(Person[].class, "{\"items\":[{\"name\":\"Ada\",\"age\":36}]}"));
    assertArrayEquals(
        new double[] {1, 2.5}, (double[]) read(double[].class, "{\"items\":[1,2.5]}"));
    assertEquals(
        List.of(Sentiment.POSITIVE),
        read(TypedOutput.ofElements("E.m", Sentiment.class).type(), "{\"items\":[\"POSITIVE\"]}"));
  }

  @Test
  void sealedInterfacesByTypeNameAnywhereInTheObject() {
    assertEquals(
        new Drawing("d", List.of(new Circle(1), new Rect(2, 3), new Rect(4, 5))),
        read(
            Drawing.class,
            "{\"title\":\"d\",\"shapes\":[{\"type\":\"Circle\",\"radius\":1},"
                + "{\"type\":\"rectangle\",\"width\":2,\"height\":3},"
                + "{\"width\":4,\"height\":5,\"type\":\"rectangle\"}]}"));
  }

  @Test
  void recursiveRecords() {
    assertEquals(
        new Node(
            "a",
            List.of(new Node("b", List.of(new Node("c", List.of()))), new Node("d", List.of()))),
        read(
            Node.class,
            "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\",\"children\":[]}]},"
                + "{\"name\":\"d\",\"children\":[]}]}"));
  }

  @Test
  void recursionAsDeepAsTheLexerAllows() {
    int levels = (JsonLexer.MAX_DEPTH - 1) / 2; // each Node is an object and its children array
    String json =
        "{\"name\":\"n\",\"children\":[".repeat(levels - 1)
            + "{\"name\":\"leaf\",\"children\":[]}"
            + "]}".repeat(levels - 1);
    Node node = (Node) read(Node.class, json);
    int depth = 1;
    while (!node.children().isEmpty()) {
      node = node.children().get(0);
      depth++;
    }
    assertEquals(levels, depth);
    assertEquals("leaf", node.name());
  }

  @Test
  void anInstantMayCarryAnOffset() {
    assertEquals(
        Instant.parse("2024-05-31T08:30:00Z"),
        read(Instant.class, "{\"value\":\"2024-05-31T10:30:00+02:00\"}"));
  }

  @Test
  void jsonPropertyNamesAndEmptyRecords() {
    assertEquals(
        new Renamed(new BigDecimal("9.99"), 1),
        read(Renamed.class, "{\"unit_price\":9.99,\"Odd Name\":1}"));
    assertEquals(new Empty(), read(Empty.class, " {} \n"));
  }

  @Test
  void whitespaceAroundTheJsonIsFineWhenStrict() {
    assertEquals(
        new Person("Ada", 36),
        read(Person.class, "\n\t {\n  \"name\": \"Ada\",\n  \"age\": 36\n}\r\n  "));
  }

  @Test
  void tolerantSkipsFencesProseAndUnknownProperties() {
    String answer =
        "Sure! Here is the JSON you asked for:\n"
            + "```json\n"
            + "{\"name\":\"Ada\",\"extra\":{\"a\":[1,{\"b\":2}]},\"age\":36,\"more\":null}\n"
            + "```\n"
            + "Let me know if you need anything else.";
    assertEquals(new Person("Ada", 36), read(Person.class, answer, OutputMode.TOLERANT));
    assertEquals(
        Sentiment.NEGATIVE,
        read(
            Sentiment.class,
            "```\n{\"reasoning\":[\"x\"],\"value\":\"negative\",\"confidence\":0.9}\n```",
            OutputMode.TOLERANT));
    assertEquals(
        List.of(new Person("Ada", 36)),
        read(
            Types.parameterized(List.class, Person.class),
            "{\"count\":1,\"items\":[{\"name\":\"Ada\",\"age\":36,\"note\":\"x\"}]}",
            OutputMode.TOLERANT));
    assertEquals(
        new Circle(1),
        read(Shape.class, "{\"value\":{\"type\":\"circle\",\"radius\":1}}", OutputMode.TOLERANT));
  }

  @Test
  void theRawTextOfAFailureIsTheWholeAnswer() {
    String answer = "{\"name\":\"Ada\",\"age\":\"old\"}";
    OutputParseException e =
        assertThrows(OutputParseException.class, () -> read(Person.class, answer));
    assertEquals(answer, e.rawText());
    assertFalse(e.getMessage().contains("rawText()"), e.getMessage());
    assertTrue(e.getMessage().startsWith("Extractor.m: "), e.getMessage());
  }
}
