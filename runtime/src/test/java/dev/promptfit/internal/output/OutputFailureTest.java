package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promptfit.OutputParseException;
import dev.promptfit.internal.Types;
import dev.promptfit.internal.output.Answers.Drawing;
import dev.promptfit.internal.output.Answers.Invoice;
import dev.promptfit.internal.output.Answers.Nicknamed;
import dev.promptfit.internal.output.Answers.Person;
import dev.promptfit.internal.output.Answers.Positive;
import dev.promptfit.internal.output.Answers.Renamed;
import dev.promptfit.internal.output.Answers.Scalars;
import dev.promptfit.internal.output.Answers.Sentiment;
import dev.promptfit.internal.output.Answers.Times;
import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every kind of failure, with its exact message. */
class OutputFailureTest {
  private static final OutputMode STRICT = OutputMode.STRICT;
  private static final OutputMode TOLERANT = OutputMode.TOLERANT;
  private static final Type PEOPLE = Types.parameterized(List.class, Person.class);
  private static final String INVOICE_HEAD =
      "{\"vendor\":\"v\",\"date\":\"2024-05-31\",\"lines\":[";

  static Stream<Arguments> valuesThatDoNotFit() {
    return Stream.of(
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD
                + "{\"item\":\"a\",\"quantity\":1,\"unitPrice\":1},{\"item\":\"b\",\"quantity\":2,"
                + "\"unitPrice\":1},{\"item\":\"c\",\"quantity\":\"three\",\"unitPrice\":1}]}",
            "Answers.Invoice.lines[2].quantity: \"three\" is not an int"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"quantity\":1e23,\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].quantity: 1e23 is not an int"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"quantity\":2.0,\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].quantity: 2.0 is not an int"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"quantity\":3000000000,\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].quantity: 3000000000 is not an int (out of range)"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].quantity: the required property is missing"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"quantity\":null,\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].quantity: null is not an int"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":null,\"quantity\":1,\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].item: null is not a String"),
        Arguments.of(
            Invoice.class,
            TOLERANT,
            INVOICE_HEAD + "null]}",
            "Answers.Invoice.lines[0]: null is not an Answers.Line"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"quantity\":1,\"unitPrice\":\"1.50\"}]}",
            "Answers.Invoice.lines[0].unitPrice: \"1.50\" is not a BigDecimal"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"item\":\"b\",\"quantity\":1,\"unitPrice\":1}]}",
            "Answers.Invoice.lines[0].item: the property appears twice"),
        Arguments.of(
            Invoice.class,
            STRICT,
            INVOICE_HEAD + "{\"item\":\"a\",\"quantity\":1,\"unitPrice\":1,\"colour\":\"red\"}]}",
            "Answers.Invoice.lines[0].colour: unknown property; Answers.Line has item, quantity,"
                + " unitPrice"),
        Arguments.of(
            Invoice.class,
            STRICT,
            "{\"vendor\":\"v\",\"date\":\"31.05.2024\",\"lines\":[]}",
            "Answers.Invoice.date: \"31.05.2024\" is not a LocalDate (expected yyyy-MM-dd, e.g."
                + " 2024-05-31)"),
        Arguments.of(
            Invoice.class,
            STRICT,
            "{\"vendor\":{\"name\":\"ACME\",\"tags\":[1,2,3],\"address\":{\"street\":\"Main Street"
                + " 1\"}},\"date\":\"2024-05-31\",\"lines\":[]}",
            "Answers.Invoice.vendor:"
                + " {\"name\":\"ACME\",\"tags\":[1,2,3],\"address\":{\"street\":\"Main Stree…\"… is"
                + " not a String"),
        Arguments.of(
            Invoice.class,
            STRICT,
            "{\"vendor\":\"v\",\"date\":\"2024-05-31\",\"lines\":{\"item\":\"a\"}}",
            "Answers.Invoice.lines: {\"item\":\"a\"} is not a List<Answers.Line>"),
        Arguments.of(
            Sentiment.class,
            STRICT,
            "{\"value\":\"HAPPY\"}",
            "\"HAPPY\" is not one of POSITIVE, NEGATIVE, NEUTRAL"),
        Arguments.of(
            Sentiment.class,
            STRICT,
            "{\"value\":\"positive\"}",
            "\"positive\" is not one of POSITIVE, NEGATIVE, NEUTRAL"),
        Arguments.of(Sentiment.class, STRICT, "{\"value\":0}", "0 is not an Answers.Sentiment"),
        Arguments.of(
            Sentiment.class, STRICT, "{\"value\":null}", "null is not an Answers.Sentiment"),
        Arguments.of(int.class, STRICT, "{\"value\":\"3\"}", "\"3\" is not an int"),
        Arguments.of(
            long.class,
            STRICT,
            "{\"value\":9223372036854775808}",
            "9223372036854775808 is not a long (out of range)"),
        Arguments.of(float.class, STRICT, "{\"value\":1e39}", "1e39 is not a float (out of range)"),
        Arguments.of(
            double.class, STRICT, "{\"value\":-1e400}", "-1e400 is not a double (out of range)"),
        Arguments.of(double.class, STRICT, "{\"value\":\"NaN\"}", "\"NaN\" is not a double"),
        Arguments.of(BigInteger.class, STRICT, "{\"value\":1.5}", "1.5 is not a BigInteger"),
        Arguments.of(boolean.class, STRICT, "{\"value\":1}", "1 is not a boolean"),
        Arguments.of(boolean.class, STRICT, "{\"value\":\"true\"}", "\"true\" is not a boolean"),
        Arguments.of(String.class, STRICT, "{\"value\":12}", "12 is not a String"),
        Arguments.of(
            String.class, STRICT, "{\"value\":[\"a\",\"b\"]}", "[\"a\",\"b\"] is not a String"),
        Arguments.of(
            Scalars.class,
            STRICT,
            "[]",
            "expected a JSON object for Answers.Scalars at char 0, found \"[]\""),
        Arguments.of(
            Times.class,
            STRICT,
            "{\"date\":\"2024-05-31\",\"time\":\"25:00\"}",
            "Answers.Times.time: \"25:00\" is not a LocalTime (expected HH:mm:ss, e.g. 14:30:00)"),
        Arguments.of(
            Times.class,
            STRICT,
            "{\"date\":\"2024-05-31\",\"time\":\"10:00\",\"local\":\"2024-05-31 10:00\"}",
            "Answers.Times.local: \"2024-05-31 10:00\" is not a LocalDateTime"
                + " (expected yyyy-MM-ddTHH:mm:ss, e.g. 2024-05-31T14:30:00)"),
        Arguments.of(
            Times.class,
            STRICT,
            "{\"date\":\"2024-05-31\",\"time\":\"10:00\",\"local\":\"2024-05-31T10:00\","
                + "\"offset\":\"2024-05-31T10:00:00\"}",
            "Answers.Times.offset: \"2024-05-31T10:00:00\" is not an OffsetDateTime"
                + " (expected a date-time with offset, e.g. 2024-05-31T14:30:00+02:00)"),
        Arguments.of(
            Times.class,
            STRICT,
            "{\"date\":\"2024-05-31\",\"time\":\"10:00\",\"local\":\"2024-05-31T10:00\","
                + "\"offset\":\"2024-05-31T10:00:00Z\",\"instant\":1717150530}",
            "Answers.Times.instant: 1717150530 is not an Instant"),
        Arguments.of(
            Times.class,
            STRICT,
            "{\"date\":\"2024-05-31\",\"time\":\"10:00\",\"local\":\"2024-05-31T10:00\","
                + "\"offset\":\"2024-05-31T10:00:00Z\",\"instant\":\"2024-05-31T10:00:00Z\","
                + "\"id\":\"1-2-3-4-5\"}",
            "Answers.Times.id: \"1-2-3-4-5\" is not a UUID (expected 32 hex digits as 8-4-4-4-12)"),
        Arguments.of(
            Times.class,
            STRICT,
            "{\"date\":\"2024-05-31\",\"time\":\"10:00\",\"local\":\"2024-05-31T10:00\","
                + "\"offset\":\"2024-05-31T10:00:00Z\",\"instant\":\"2024-05-31T10:00:00Z\","
                + "\"id\":\"123e4567-e89b-12d3-a456-426614174000\",\"link\":\"a b\"}",
            "Answers.Times.link: \"a b\" is not a URI"),
        Arguments.of(
            Drawing.class,
            STRICT,
            "{\"title\":\"t\",\"shapes\":[{\"type\":\"Square\",\"side\":1}]}",
            "Answers.Drawing.shapes[0].type: \"Square\" is not one of Circle, rectangle"),
        Arguments.of(
            Drawing.class,
            STRICT,
            "{\"title\":\"t\",\"shapes\":[{\"type\":\"circle\",\"radius\":1}]}",
            "Answers.Drawing.shapes[0].type: \"circle\" is not one of Circle, rectangle"),
        Arguments.of(
            Drawing.class,
            STRICT,
            "{\"title\":\"t\",\"shapes\":[{\"radius\":1}]}",
            "Answers.Drawing.shapes[0].type: the required property is missing; it is one of Circle,"
                + " rectangle"),
        Arguments.of(
            Drawing.class,
            STRICT,
            "{\"title\":\"t\",\"shapes\":[{\"type\":\"Circle\",\"type\":\"Circle\",\"radius\":1}]}",
            "Answers.Drawing.shapes[0].type: the property appears twice"),
        Arguments.of(
            Drawing.class,
            STRICT,
            "{\"title\":\"t\",\"shapes\":[{\"radius\":\"big\",\"type\":\"Circle\"}]}",
            "Answers.Drawing.shapes[0](Circle).radius: \"big\" is not a double"),
        Arguments.of(
            Drawing.class,
            STRICT,
            "{\"title\":\"t\",\"shapes\":[{\"type\":\"Circle\",\"radius\":1,\"width\":2}]}",
            "Answers.Drawing.shapes[0](Circle).width: unknown property; Answers.Circle has radius"),
        Arguments.of(
            Positive.class,
            STRICT,
            "{\"n\":0}",
            "Answers.Positive rejected the values: n must be positive, was 0"
                + " (IllegalArgumentException)"),
        Arguments.of(
            Renamed.class,
            STRICT,
            "{\"unit_price\":1,\"Odd Name\":\"x\"}",
            "Answers.Renamed[\"Odd Name\"]: \"x\" is not an int"),
        Arguments.of(
            Renamed.class,
            STRICT,
            "{\"unitPrice\":1,\"Odd Name\":1}",
            "Answers.Renamed.unitPrice: unknown property; Answers.Renamed has unit_price, Odd"
                + " Name"),
        Arguments.of(
            Nicknamed.class,
            STRICT,
            "{\"nickname\":\"A\"}",
            "Answers.Nicknamed.name: the required property is missing"),
        Arguments.of(
            Types.parameterized(Optional.class, Person.class),
            STRICT,
            "{\"value\":{\"name\":\"Ada\",\"age\":-0.5}}",
            "Answers.Person.age: -0.5 is not an int"),
        Arguments.of(
            PEOPLE,
            STRICT,
            "{\"items\":[{\"name\":\"a\",\"age\":1},{\"name\":\"b\",\"age\":2},{\"name\":\"c\",\"age\":3},"
                + "{\"name\":\"d\",\"age\":\"unknown\"}]}",
            "Answers.Person[3].age: \"unknown\" is not an int"),
        Arguments.of(
            PEOPLE,
            STRICT,
            "{\"items\":[{\"name\":\"a\",\"age\":1},null]}",
            "Answers.Person[1]: null is not an Answers.Person"),
        Arguments.of(
            Types.parameterized(List.class, Sentiment.class),
            STRICT,
            "{\"items\":[\"POSITIVE\",\"SO-SO\"]}",
            "Answers.Sentiment[1]: \"SO-SO\" is not one of POSITIVE, NEGATIVE, NEUTRAL"));
  }

  @ParameterizedTest
  @MethodSource("valuesThatDoNotFit")
  void valuesThatDoNotFit(Type type, OutputMode mode, String answer, String message) {
    assertFailure(type, mode, answer, null, message);
  }

  static Stream<Arguments> answersOfTheWrongShape() {
    return Stream.of(
        Arguments.of(
            Person.class,
            STRICT,
            "",
            "the answer is empty; expected a JSON object for Answers.Person"),
        Arguments.of(
            Person.class,
            TOLERANT,
            "",
            "the answer is empty; expected a JSON object for Answers.Person"),
        Arguments.of(
            Person.class,
            STRICT,
            " \n\t",
            "the answer holds only whitespace; expected a JSON object for Answers.Person"),
        Arguments.of(
            Person.class,
            TOLERANT,
            "I cannot help with that.",
            "the answer holds no JSON object; expected a JSON object for Answers.Person:"
                + " \"I cannot help with that.\""),
        Arguments.of(
            Person.class,
            STRICT,
            "Sure! {\"name\":\"Ada\",\"age\":1}",
            "expected a JSON object for Answers.Person at char 0, found \"Sure!"
                + " {\\\"name\\\":\\\"Ada\\\",\\\"age\\\":1}\""),
        Arguments.of(
            Person.class,
            STRICT,
            "```json\n{\"name\":\"Ada\",\"age\":1}\n```",
            "expected a JSON object for Answers.Person at char 0, found \"```json\\n"
                + "{\\\"name\\\":\\\"Ada\\\",\\\"age\\\":1}\\n"
                + "```\""),
        Arguments.of(
            Person.class,
            STRICT,
            "{\"name\":\"Ada\",\"age\":1}\n```",
            "unexpected text after the JSON object at char 23: \"```\""),
        Arguments.of(
            Person.class,
            STRICT,
            "{\"name\":\"Ada\",\"age\":1}}",
            "unexpected text after the JSON object at char 22: \"}\""),
        Arguments.of(
            Person.class,
            STRICT,
            "{\"name\":\"Ada\",\"age\":1}{\"name\":\"Bo\",\"age\":2}",
            "unexpected text after the JSON object at char 22:"
                + " \"{\\\"name\\\":\\\"Bo\\\",\\\"age\\\":2}\""),
        Arguments.of(
            Person.class,
            TOLERANT,
            "{\"name\":\"Ada\",\"age\":1}\nand {\"name\":\"Bo\",\"age\":2}",
            "a second JSON object starts at char 27; expected one:"
                + " \"{\\\"name\\\":\\\"Bo\\\",\\\"age\\\":2}\""),
        Arguments.of(
            Person.class,
            STRICT,
            "{\"name\":\"Ada\" \"age\":1}",
            "invalid JSON at char 14, after \"{\\\"name\\\":\\\"Ada\\\" \": expected ',' or '}'"
                + " after a property value, found '\"'"),
        Arguments.of(
            Person.class,
            STRICT,
            "{\"name\":\"Ada\",\"age\":01}",
            "invalid JSON at char 21, after \"{\\\"name\\\":\\\"Ada\\\",\\\"age\\\":0\":"
                + " invalid number: a leading zero"),
        Arguments.of(
            Sentiment.class,
            STRICT,
            "{\"sentiment\":\"POSITIVE\"}",
            "unexpected property \"sentiment\" in the answer's JSON object; expected a JSON object"
                + " {\"value\": Answers.Sentiment}"),
        Arguments.of(
            Sentiment.class,
            STRICT,
            "{}",
            "the answer's JSON object has no \"value\"; expected a JSON object {\"value\":"
                + " Answers.Sentiment}"),
        Arguments.of(
            Sentiment.class,
            TOLERANT,
            "{\"sentiment\":\"POSITIVE\"}",
            "the answer's JSON object has no \"value\"; expected a JSON object {\"value\":"
                + " Answers.Sentiment}"),
        Arguments.of(
            Sentiment.class,
            STRICT,
            "{\"value\":\"POSITIVE\",\"value\":\"NEGATIVE\"}",
            "\"value\" appears twice in the answer's JSON object"),
        Arguments.of(
            PEOPLE,
            STRICT,
            "{\"items\":{\"name\":\"Ada\",\"age\":1}}",
            "\"items\" must be an array of Answers.Person, found an object"),
        Arguments.of(
            PEOPLE,
            STRICT,
            "{\"items\":\"none\"}",
            "\"items\" must be an array of Answers.Person, found \"none\""),
        Arguments.of(
            PEOPLE,
            STRICT,
            "{\"items\":null}",
            "\"items\" must be an array of Answers.Person, found null"),
        Arguments.of(
            PEOPLE,
            STRICT,
            "{\"people\":[]}",
            "unexpected property \"people\" in the answer's JSON object; expected a JSON object"
                + " {\"items\": [Answers.Person, …]}"));
  }

  @ParameterizedTest
  @MethodSource("answersOfTheWrongShape")
  void answersOfTheWrongShape(Type type, OutputMode mode, String answer, String message) {
    assertFailure(type, mode, answer, null, message);
  }

  static Stream<Arguments> answersThatStopEarly() {
    String cut = "{\"vendor\":\"v\",\"date\":\"2024-05-31\",\"lines\":[{\"item\":\"bo";
    String ends =
        "it ends with \"…\\\"date\\\":\\\"2024-05-31\\\",\\\"lines\\\":[{\\\"item\\\":\\\"bo\"";
    return Stream.of(
        Arguments.of(
            Invoice.class,
            cut,
            null,
            "the answer ended before its JSON was complete, in Answers.Invoice.lines[0].item after"
                + " 54 chars; "
                + ends),
        Arguments.of(
            Invoice.class,
            cut,
            "",
            "the answer ended before its JSON was complete, in Answers.Invoice.lines[0].item after"
                + " 54 chars; "
                + ends),
        Arguments.of(
            Invoice.class,
            cut,
            "stop",
            "the answer ended before its JSON was complete, in Answers.Invoice.lines[0].item after"
                + " 54 chars; "
                + ends),
        Arguments.of(
            Invoice.class,
            cut,
            "length",
            "the answer was cut off by the output token limit (finish reason length) before its"
                + " JSON was complete, in Answers.Invoice.lines[0].item after 54 chars; "
                + ends),
        Arguments.of(
            Invoice.class,
            cut,
            "max_output_tokens",
            "the answer was cut off by the output token limit (finish reason max_output_tokens)"
                + " before its JSON was complete, in Answers.Invoice.lines[0].item after 54 chars; "
                + ends),
        Arguments.of(
            Invoice.class,
            cut,
            "content_filter",
            "the answer ended before its JSON was complete (finish reason content_filter), in"
                + " Answers.Invoice.lines[0].item after 54 chars; "
                + ends),
        Arguments.of(
            PEOPLE,
            "{\"items\":[{\"name\":\"Ada\",\"age\":36},{\"name\":\"Bo\",\"age\":4",
            "length",
            "the answer was cut off by the output token limit (finish reason length) before its"
                + " JSON was complete, in Answers.Person[1].age after 54 chars; it ends with"
                + " \"…me\\\":\\\"Ada\\\",\\\"age\\\":36},{\\\"name\\\":\\\"Bo\\\",\\\"age\\\":4\""),
        Arguments.of(
            Sentiment.class,
            "{\"value\":\"POSI",
            null,
            "the answer ended before its JSON was complete, in Answers.Sentiment after 14 chars; it"
                + " ends with \"{\\\"value\\\":\\\"POSI\""),
        Arguments.of(
            Person.class,
            "",
            "length",
            "the answer is empty (cut off by the output token limit: finish reason length);"
                + " expected a JSON object for Answers.Person"));
  }

  @ParameterizedTest
  @MethodSource("answersThatStopEarly")
  void answersThatStopEarly(Type type, String answer, String finishReason, String message) {
    assertFailure(type, STRICT, answer, finishReason, message);
  }

  private static void assertFailure(
      Type type, OutputMode mode, String answer, String finishReason, String message) {
    OutputParseException e =
        assertThrows(
            OutputParseException.class,
            () -> TypedOutput.of("Extractor.m", type).read(answer, finishReason, mode, s -> s));
    assertEquals("Extractor.m: " + message, e.getMessage());
    assertEquals(answer, e.rawText());
  }
}
