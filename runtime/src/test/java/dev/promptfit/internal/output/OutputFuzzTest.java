package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.OutputParseException;
import dev.promptfit.internal.output.Answers.Drawing;
import dev.promptfit.internal.output.Answers.Node;
import dev.promptfit.internal.output.Answers.Person;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Coverage-guided fuzzing of typed answers, the text a model (or a hostile server) controls. The
 * first byte picks the mode and the element type, the second seeds how the rest, read as UTF-8, is
 * cut into deltas. Oracles: the only failure is an {@link OutputParseException} (anything else is a
 * finding, as is a hang); the answer streamed in pieces gives the same elements and the same
 * message as the whole text; when strict, what is invalid JSON to us is invalid to Jackson's
 * parser, and what Jackson finds invalid fails here too (perhaps earlier, on a value); and where a
 * strict parse of people succeeds, Jackson's own binding of the whole text agrees on every element.
 *
 * <p>Without {@code JAZZER_FUZZ=1} only the seeds in {@code OutputFuzzTestInputs/} run, as ordinary
 * tests. To fuzz: {@code JAZZER_FUZZ=1 mvn -pl runtime test -Dtest=OutputFuzzTest}.
 */
class OutputFuzzTest {
  private static final Type[] TYPES = {Person.class, Integer.class, Node.class, Drawing.class};
  private static final ObjectMapper JACKSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** The whole-text reading, as Jackson binds it. */
  record People(List<Person> items) {}

  /** Elements that arrived, then the failure's message if there was one. */
  record Outcome(List<Object> elements, @Nullable String failure) {}

  @FuzzTest(maxDuration = "10m")
  void streamedAnswersParseLikeWholeOnes(byte[] data) throws JsonProcessingException {
    if (data.length < 2) {
      return;
    }
    OutputMode mode = (data[0] & 1) == 0 ? OutputMode.STRICT : OutputMode.TOLERANT;
    Type type = TYPES[(data[0] >> 1 & 0x7F) % TYPES.length];
    String text = new String(Arrays.copyOfRange(data, 2, data.length), StandardCharsets.UTF_8);
    Random random = new Random(data[1]);

    Outcome whole = outcome(type, mode, List.of(text));
    assertEquals(whole, outcome(type, mode, Splits.random(text, random, 1 + random.nextInt(16))));
    assertEquals(whole, outcome(type, mode, Splits.at(text, random.nextInt(text.length() + 1))));
    if (text.length() < 2000) {
      assertEquals(whole, outcome(type, mode, Splits.chars(text)));
    }
    Boolean syntaxValid = mode == OutputMode.STRICT ? jacksonSyntax(text) : null;
    if (syntaxValid != null) {
      // A value that does not fit may fail the answer before a later syntax error is reached.
      boolean invalid =
          whole.failure() != null && whole.failure().startsWith("Fuzz.items: invalid JSON at char");
      assertTrue(
          syntaxValid ? !invalid : whole.failure() != null,
          () -> "Jackson disagrees on " + text + ": " + whole);
      assertTrue(
          !invalid || !syntaxValid,
          () -> "Jackson reads what we call invalid: " + text + ": " + whole);
    }
    if (whole.failure() == null && mode == OutputMode.STRICT && type == Person.class) {
      assertEquals(List.copyOf(JACKSON.readValue(text, People.class).items()), whole.elements());
    }
  }

  /**
   * Whether Jackson finds the JSON object the text starts with (after whitespace) well formed, or
   * null where that does not compare: the text starts otherwise, or ends inside the object.
   */
  private static @Nullable Boolean jacksonSyntax(String text) {
    int start = 0;
    while (start < text.length() && " \t\r\n".indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    if (start == text.length() || text.charAt(start) != '{') {
      return null;
    }
    try (JsonParser parser = JACKSON.getFactory().createParser(text.substring(start))) {
      parser.nextToken();
      parser.skipChildren();
      return true;
    } catch (JsonEOFException e) {
      return null;
    } catch (IOException e) {
      return false;
    }
  }

  private static Outcome outcome(Type type, OutputMode mode, List<String> pieces) {
    List<Object> elements = new ArrayList<>();
    ElementParser parser =
        TypedOutput.ofElements("Fuzz.items", type).elements(mode, s -> s, elements::add);
    try {
      for (String piece : pieces) {
        parser.feed(piece);
      }
      parser.finish(null);
      return new Outcome(elements, null);
    } catch (OutputParseException e) {
      return new Outcome(elements, e.getMessage());
    }
  }
}
