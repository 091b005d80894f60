package dev.promptfit.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.OutputParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Answers as OpenAI streamed them, from the recorded Chat Completions streams in the shared
 * fixtures (read in place; skipped, saying so, where the shared folder is absent): fed delta by
 * delta exactly as they arrived, and whole.
 */
class RecordedAnswersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Weather(String city, int temperature, String units) {}

  record Conditions(
      String temperature,
      String condition,
      String humidity,
      String windSpeed,
      String windDirection) {}

  record Day(String day, String high, String low, String condition) {}

  record Report(String location, Conditions weather, List<Day> forecast) {}

  /** The text deltas and the finish reason of choice 0 of a recorded Chat stream. */
  record Recorded(List<String> deltas, String finishReason) {
    String text() {
      return String.join("", deltas);
    }
  }

  @Test
  void aStrictStructuredOutputStream() throws IOException {
    Recorded answer = recorded("openai-gpt4o-structured-output-json-schema.sse");
    assertEquals(14, answer.deltas().size());
    Weather expected = new Weather("San Francisco", 61, "f");
    assertEquals(expected, fed(Weather.class, OutputMode.STRICT, answer));
    assertEquals(expected, read(Weather.class, OutputMode.STRICT, answer));
  }

  @Test
  void aPrettyPrintedJsonObjectModeStream() throws IOException {
    Recorded answer = recorded("openai-gpt4o-json-object-mode.sse");
    Report expected =
        new Report(
            "San Francisco, CA",
            new Conditions("18°C", "Partly Cloudy", "72%", "15 km/h", "NW"),
            List.of(
                new Day("Monday", "20°C", "14°C", "Sunny"),
                new Day("Tuesday", "19°C", "15°C", "Mostly Cloudy"),
                new Day("Wednesday", "18°C", "14°C", "Cloudy")));
    for (OutputMode mode : OutputMode.values()) {
      assertEquals(expected, fed(Report.class, mode, answer));
      assertEquals(expected, read(Report.class, mode, answer));
    }
  }

  @Test
  void aStreamCutByTheTokenLimit() throws IOException {
    Recorded answer = recorded("openai-gpt4o-finish-length.sse");
    assertEquals("length", answer.finishReason());
    OutputParseException e =
        assertThrows(
            OutputParseException.class, () -> fed(Weather.class, OutputMode.STRICT, answer));
    assertEquals(
        "Weather.now: the answer was cut off by the output token limit (finish reason length)"
            + " before its JSON was complete, in RecordedAnswersTest.Weather after 2 chars; it ends"
            + " with \"{\\\"\"",
        e.getMessage());
    assertEquals("{\"", e.rawText());
  }

  private static Object fed(Class<?> type, OutputMode mode, Recorded answer) {
    TypedOutput output = TypedOutput.of("Weather.now", type);
    AnswerParser parser =
        new AnswerParser(
            output, mode, new OutputFailures("Weather.now", s -> s), AnswerText.whole(), null);
    answer.deltas().forEach(parser::feed);
    return parser.finish(answer.finishReason());
  }

  private static Object read(Class<?> type, OutputMode mode, Recorded answer) {
    return TypedOutput.of("Weather.now", type)
        .read(answer.text(), answer.finishReason(), mode, s -> s);
  }

  private static Recorded recorded(String name) throws IOException {
    String shared = System.getProperty("promptfit.shared.dir", "../../shared");
    Path file = Paths.get(shared, "fixtures", "chat", name).toAbsolutePath().normalize();
    Assumptions.assumeTrue(Files.isRegularFile(file), "shared fixture not found: " + file);
    List<String> deltas = new ArrayList<>();
    String finishReason = "";
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.startsWith("data: {")) {
        continue;
      }
      for (JsonNode choice : JSON.readTree(line.substring(6)).path("choices")) {
        if (choice.path("index").asInt() != 0) {
          continue;
        }
        JsonNode content = choice.path("delta").path("content");
        if (content.isTextual() && !content.asText().isEmpty()) {
          deltas.add(content.asText());
        }
        if (choice.path("finish_reason").isTextual()) {
          finishReason = choice.path("finish_reason").asText();
        }
      }
    }
    return new Recorded(deltas, finishReason);
  }
}
