package dev.promptfit.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitException;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Prompts, instructions, answers and the API key never reach telemetry unless the client captures
 * content, and then only as the conventions' opt-in attributes.
 */
class ContentTest {
  private static final String KEY = "sk-secret-0123456789abcdefghij";
  private static final String SECRET_WORD = "Zanzibar";
  private static final String ANSWER = "Quokka sandwiches";

  private final Telemetry telemetry = new Telemetry();
  private final FakeLlmServer server = new FakeLlmServer();
  private Promptfit promptfit;

  @AfterEach
  void tearDown() {
    if (promptfit != null) {
      promptfit.close();
    }
    server.close();
    telemetry.close();
  }

  private Assistant client(boolean captureContent) {
    promptfit =
        Promptfit.builder()
            .baseUrl(server.url())
            .apiKey(KEY)
            .maxRetries(0)
            .captureContent(captureContent)
            .listener(PromptfitTelemetry.create(telemetry.sdk))
            .build();
    return promptfit.create(Assistant.class);
  }

  @Test
  void byDefaultNoAttributeEventOrStatusHoldsContentOrTheKey() {
    Assistant assistant = client(false);
    server.enqueue(FakeResponse.text(ANSWER));
    assistant.translate(SECRET_WORD);
    server.enqueue(FakeResponse.text(ANSWER));
    try (Stream<String> deltas = assistant.stream(SECRET_WORD, CallOptions.none())) {
      assertEquals(ANSWER, deltas.collect(Collectors.joining()));
    }
    // A server that echoes the key into its error message.
    server.enqueue(FakeResponse.error(401, "Incorrect API key provided: " + KEY));
    assertThrows(PromptfitException.class, () -> assistant.translate(SECRET_WORD));

    List<String> recorded = everythingRecorded();
    for (String value : recorded) {
      assertFalse(value.contains(KEY), () -> "the key in " + value);
      assertFalse(value.contains(SECRET_WORD), () -> "the prompt in " + value);
      assertFalse(value.contains(ANSWER), () -> "the answer in " + value);
      assertFalse(value.contains("You are a terse assistant"), () -> "instructions in " + value);
    }
    for (SpanData span : telemetry.spans()) {
      assertNull(span.getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")));
      assertNull(span.getAttributes().get(AttributeKey.stringKey("gen_ai.output.messages")));
      assertNull(span.getAttributes().get(AttributeKey.stringKey("gen_ai.system_instructions")));
    }
    assertEquals("401", telemetry.spans().get(2).getAttributes().get(AttributeKey.stringKey("error.type")));
  }

  @Test
  void captureContentRecordsTheConventionsMessagesAsJson() {
    Assistant assistant = client(true);
    server.enqueue(FakeResponse.text("Say \"hi\"\n"));

    assistant.translate(SECRET_WORD);

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(
        "[{\"type\":\"text\",\"content\":\"You are a terse assistant.\"}]",
        span.getAttributes().get(AttributeKey.stringKey("gen_ai.system_instructions")));
    assertEquals(
        "[{\"role\":\"user\",\"parts\":[{\"type\":\"text\",\"content\":\"Translate Zanzibar into French.\"}]}]",
        span.getAttributes().get(AttributeKey.stringKey("gen_ai.input.messages")));
    assertEquals(
        "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"Say \\\"hi\\\"\\n\"}],"
            + "\"finish_reason\":\"stop\"}]",
        span.getAttributes().get(AttributeKey.stringKey("gen_ai.output.messages")));
    for (String value : everythingRecorded()) {
      assertFalse(value.contains(KEY), () -> "the key in " + value);
    }
  }

  @Test
  void captureContentKeepsAStreamsWholeTextForTheOutputMessage() {
    Assistant assistant = client(true);
    server.enqueue(FakeResponse.text(ANSWER));
    try (Stream<String> deltas = assistant.stream(SECRET_WORD, CallOptions.none())) {
      deltas.forEach(d -> {});
    }
    assertEquals(
        "[{\"role\":\"assistant\",\"parts\":[{\"type\":\"text\",\"content\":\"" + ANSWER + "\"}],"
            + "\"finish_reason\":\"stop\"}]",
        telemetry.span("chat gpt-5-mini").getAttributes()
            .get(AttributeKey.stringKey("gen_ai.output.messages")));
  }

  /** Every attribute of every span, event and metric point, and every status description. */
  private List<String> everythingRecorded() {
    List<String> values = new ArrayList<>();
    for (SpanData span : telemetry.spans()) {
      values.add(span.getName());
      values.add(String.valueOf(span.getStatus().getDescription()));
      values.addAll(Telemetry.strings(span.getAttributes()));
      for (EventData event : span.getEvents()) {
        values.addAll(Telemetry.strings(event.getAttributes()));
      }
    }
    for (String metric : List.of(
        "gen_ai.client.operation.duration",
        "gen_ai.client.token.usage",
        "gen_ai.client.operation.time_to_first_chunk")) {
      for (HistogramPointData point : telemetry.histogram(metric)) {
        values.addAll(Telemetry.strings(point.getAttributes()));
      }
    }
    return values;
  }
}
