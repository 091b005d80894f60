package dev.promptfit.internal.stream;

import dev.promptfit.internal.TestFailures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.Usage;
import dev.promptfit.internal.sse.ChunkedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Replays every recorded stream in {@code shared/fixtures} and checks its exact outcome, both
 * against a table and against an independent tree-model reading of the same file.
 */
class FixtureTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One recorded body, framed as SSE. */
  record Fixture(String name, boolean chat, byte[] bytes) {
    EventReader reader(BufferedSource source) {
      return chat ? EventReader.chat(source, "req_f", true, TestFailures.FAILURES) : EventReader.responses(source, "req_f", true, TestFailures.FAILURES);
    }

    Outcome outcome() {
      return Outcome.of(reader(new Buffer().write(bytes)));
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** What a fixture must yield: delta counts per kind, then a reply or a failure. */
  record Expected(
      int text,
      int reasoning,
      int refusal,
      @Nullable String finishReason,
      @Nullable Usage usage,
      @Nullable String textPrefix,
      int textLength,
      @Nullable String failureCode,
      @Nullable String failureMessage) {}

  static Expected ok(int text, int reasoning, int refusal, String finish, Usage usage, int length) {
    return new Expected(text, reasoning, refusal, finish, usage, null, length, null, null);
  }

  static Expected ok(
      int text, int reasoning, int refusal, String finish, Usage usage, String prefix, int length) {
    return new Expected(text, reasoning, refusal, finish, usage, prefix, length, null, null);
  }

  static Expected fails(int text, int reasoning, String code, String message) {
    return new Expected(text, reasoning, 0, null, null, null, -1, code, message);
  }

  static Usage usage(long in, long out, long total, long cached, long reasoning) {
    return new Usage(in, out, total, cached, reasoning);
  }

  /**
   * Delta counts follow the "content deltas" and event counts of {@code fixtures/SOURCES.md}
   * (counting only choice 0 for n=3 and skipping empty strings); usages were read off the files.
   */
  static final Map<String, Expected> EXPECTED =
      Map.ofEntries(
          Map.entry(
              "chat/compat-deepseek-reasoner-reasoning-content-emoji.sse",
              ok(
                  11,
                  198,
                  0,
                  "stop",
                  usage(6, 212, 218, 0, 198),
                  "Hello there! 😊 How can I help you today?",
                  41)),
          Map.entry(
              "chat/compat-groq-compound-emoji.sse",
              ok(
                  49,
                  174,
                  0,
                  "stop",
                  usage(5003, 359, 5362, 0, 0),
                  "The weather in San Francisco today is partly cloudy with a temperature of 61°F",
                  200)),
          Map.entry(
              "chat/compat-groq-gptoss-event-error-no-done.sse",
              fails(
                  0,
                  93,
                  "tool_use_failed",
                  "Chat stream error: Tool call validation failed: tool call validation failed:"
                      + " parameters for tool get_something_by_name did not match schema: errors:"
                      + " [missing properties: 'name', additionalProperties 'invalid_param' not"
                      + " allowed] (code tool_use_failed, type invalid_request_error)")),
          Map.entry(
              "chat/compat-openrouter-processing-comments-midstream-error.sse",
              fails(0, 2, "400", "Chat stream error: Token limit reached (code 400)")),
          Map.entry(
              "chat/compat-openrouter-web-search-annotations.sse",
              ok(
                  12,
                  0,
                  0,
                  "stop",
                  usage(2317, 53, 2370, 0, 0),
                  "The URL for Pydantic AI's GitHub repository is:",
                  90)),
          Map.entry(
              "chat/openai-gpt4o-apology-in-content-not-refusal.sse",
              ok(
                  10,
                  0,
                  0,
                  "stop",
                  usage(26, 10, 36, 0, 0),
                  "I'm sorry, I can't assist with that request.",
                  44)),
          Map.entry(
              "chat/openai-gpt4o-content-logprobs.sse",
              ok(2, 0, 0, "stop", usage(9, 2, 11, 0, 0), "Foo!", 4)),
          Map.entry(
              "chat/openai-gpt4o-finish-length.sse",
              ok(1, 0, 0, "length", usage(79, 1, 80, 0, 0), "{\"", 2)),
          Map.entry(
              "chat/openai-gpt4o-json-object-mode.sse",
              ok(
                  177,
                  0,
                  0,
                  "stop",
                  usage(19, 177, 196, 0, 0),
                  "\n  {\n    \"location\": \"San Francisco, CA\"",
                  608)),
          Map.entry(
              "chat/openai-gpt4o-n3-interleaved-choices.sse",
              ok(
                  14,
                  0,
                  0,
                  "stop",
                  usage(79, 42, 121, 0, 0),
                  "{\"city\":\"San Francisco\",\"temperature\":65,\"units\":\"f\"}",
                  53)),
          Map.entry(
              "chat/openai-gpt4o-refusal-logprobs.sse",
              ok(
                  0,
                  0,
                  11,
                  "stop",
                  usage(79, 12, 91, 0, 0),
                  "I'm very sorry, but I can't assist with that.",
                  45)),
          Map.entry(
              "chat/openai-gpt4o-refusal.sse",
              ok(
                  0,
                  0,
                  10,
                  "stop",
                  usage(79, 11, 90, 0, 0),
                  "I'm sorry, I can't assist with that request.",
                  44)),
          Map.entry(
              "chat/openai-gpt4o-structured-output-json-schema.sse",
              ok(
                  14,
                  0,
                  0,
                  "stop",
                  usage(79, 14, 93, 0, 0),
                  "{\"city\":\"San Francisco\",\"temperature\":61,\"units\":\"f\"}",
                  53)),
          Map.entry(
              "chat/openai-gpt4o-text-usage.sse",
              ok(
                  30,
                  0,
                  0,
                  "stop",
                  usage(14, 30, 44, 0, 0),
                  "I'm unable to provide real-time weather updates.",
                  159)),
          Map.entry(
              "chat/openai-gpt4o-tool-call-single.sse",
              ok(0, 0, 0, "tool_calls", usage(76, 24, 100, 0, 0), 0)),
          Map.entry(
              "chat/openai-gpt4o-tool-calls-parallel.sse",
              ok(0, 0, 0, "tool_calls", usage(149, 60, 209, 0, 0), 0)),
          Map.entry(
              "chat/openai-gpt4omini-logprobs-top3-multibyte-large.sse",
              ok(
                  829,
                  0,
                  0,
                  "stop",
                  usage(22, 829, 851, 0, 0),
                  "Choosing the best pizza toppings often comes down to personal preference",
                  3647)),
          Map.entry(
              "chat/openai-gpt4omini-text-obfuscation-service-tier.sse",
              ok(8, 0, 0, "stop", usage(78, 9, 87, 0, 0), "The capital of the UK is London.", 32)),
          Map.entry(
              "chat/openai-gpt4omini-tool-call-obfuscation-service-tier.sse",
              ok(0, 0, 0, "tool_calls", usage(53, 15, 68, 0, 0), 0)),
          Map.entry(
              "chat/openai-gpt5-moderation-chunk-after-usage.sse",
              ok(2, 0, 0, "stop", usage(13, 11, 24, 0, 0), "Paris.", 6)),
          Map.entry(
              "chat/openai-gptaudio15-audio-chunks-without-choices.sse",
              ok(0, 0, 0, "", usage(18, 16, 34, 0, 0), 0)),
          Map.entry(
              "chat/openai-midstream-server-error-one-line.sse",
              fails(
                  0,
                  0,
                  "server_error",
                  "Chat stream error: The server had an error while processing your request."
                      + " Sorry about that! (type server_error)")),
          Map.entry(
              "responses/compat-deepseek-v4-reasoning-text-function-call.sse",
              ok(0, 14, 0, "tool_calls", usage(366, 59, 425, 256, 14), 0)),
          Map.entry(
              "responses/compat-deepseek-v4-reasoning-text.sse",
              ok(7, 7, 0, "stop", usage(90, 15, 105, 0, 7), "The capital of France is Paris.", 31)),
          Map.entry(
              "responses/compat-openrouter-gptoss-no-event-lines-done.sse",
              ok(1, 26, 0, "stop", usage(78, 37, 115, 0, 22), "4", 1)),
          Map.entry(
              "responses/openai-gpt4o-2025-03-function-call-no-sequence-number.sse",
              ok(0, 0, 0, "tool_calls", usage(255, 16, 271, 0, 0), 0)),
          Map.entry(
              "responses/openai-gpt4o-2025-03-text-no-sequence-number.sse",
              ok(7, 0, 0, "stop", usage(278, 9, 287, 0, 0), "The capital of France is Paris.", 31)),
          Map.entry(
              "responses/openai-gpt4o-background-queued.sse",
              ok(8, 0, 0, "stop", usage(15, 9, 24, 0, 0), "2 + 2 equals 4.", 15)),
          Map.entry(
              "responses/openai-gpt4o-background-resume-starting-after.sse",
              ok(8, 0, 0, "stop", usage(15, 9, 24, 0, 0), "2 + 2 equals 4.", 15)),
          Map.entry(
              "responses/openai-gpt4omini-file-search-annotation.sse",
              ok(
                  8,
                  0,
                  0,
                  "stop",
                  usage(1169, 52, 1221, 0, 0),
                  "Travis's favorite food is pizza.",
                  32)),
          Map.entry(
              "responses/openai-gpt4omini-function-call-arguments.sse",
              ok(0, 0, 0, "tool_calls", usage(74, 20, 94, 0, 0), 0)),
          Map.entry(
              "responses/openai-gpt4omini-hello-world-text.sse",
              ok(
                  9,
                  0,
                  0,
                  "stop",
                  usage(11, 10, 21, 0, 0),
                  "Hello! How can I assist you today?",
                  34)),
          Map.entry(
              "responses/openai-gpt4omini-output-text-logprobs.sse",
              ok(
                  9,
                  0,
                  0,
                  "stop",
                  usage(25, 10, 35, 0, 0),
                  "The capital of Minas Gerais is Belo Horizonte.",
                  46)),
          Map.entry(
              "responses/openai-gpt4omini-web-search-annotation.sse",
              ok(
                  123,
                  0,
                  0,
                  "stop",
                  usage(8516, 400, 8916, 0, 0),
                  "As of 5:05 PM on March 27, 2026, in Redmond, Washington",
                  1134)),
          Map.entry(
              "responses/openai-gpt5-mcp-call-failed-then-retried.sse",
              ok(11, 0, 0, "stop", usage(991, 134, 1125, 0, 64), "You rolled 2d4+1: 6", 19)),
          Map.entry(
              "responses/openai-gpt5-moderation.sse",
              ok(2, 0, 0, "stop", usage(13, 59, 72, 0, 0), "Paris.", 6)),
          Map.entry(
              "responses/openai-gpt5-reasoning-code-interpreter.sse",
              ok(
                  215,
                  92,
                  0,
                  "stop",
                  usage(3727, 347, 4074, 3200, 128),
                  "123456^123 equals:\n",
                  646)),
          Map.entry(
              "responses/openai-gpt5-reasoning-then-function-call.sse",
              ok(0, 0, 0, "tool_calls", usage(53, 469, 522, 0, 448), 0)),
          Map.entry(
              "responses/openai-gpt5-web-search.sse",
              ok(
                  44,
                  0,
                  0,
                  "stop",
                  usage(9463, 582, 10045, 8320, 512),
                  "San Francisco weather today (Tuesday, September 16, 2025)",
                  212)),
          Map.entry(
              "responses/openai-gpt55-text-then-function-call.sse",
              ok(
                  13,
                  0,
                  0,
                  "tool_calls",
                  usage(63, 69, 132, 0, 26),
                  "I’ll check the capital lookup tool for “PotatoLand.”",
                  52)),
          Map.entry(
              "responses/openai-o3mini-reasoning-summary-multipart.sse",
              ok(
                  271,
                  383,
                  0,
                  "stop",
                  usage(13, 1680, 1693, 0, 1408),
                  "I'm not a road safety professional",
                  1251)),
          Map.entry(
              "responses-payloads/openai-gpt5nano-error-then-response-failed.chunks.jsonl",
              fails(
                  0,
                  0,
                  "insufficient_quota",
                  "Responses stream error: You exceeded your current quota, please check your plan"
                      + " and billing details. For more information on this error, read the docs:"
                      + " https://platform.openai.com/docs/guides/error-codes/api-errors. (code"
                      + " insufficient_quota, type insufficient_quota)")));

  static @Nullable Path fixturesDir() {
    String property = System.getProperty("promptfit.shared.dir");
    Path shared = property != null ? Paths.get(property) : Paths.get("../../shared");
    Path fixtures = shared.resolve("fixtures").toAbsolutePath().normalize();
    return Files.isDirectory(fixtures) ? fixtures : null;
  }

  static Path requireFixtures() {
    Path dir = fixturesDir();
    Assumptions.assumeTrue(
        dir != null,
        "shared fixtures not found at "
            + System.getProperty("promptfit.shared.dir", "../../shared")
            + "/fixtures");
    return dir;
  }

  /** One test per fixture; all skipped, with the reason, when the shared folder is absent. */
  static Stream<DynamicTest> each(ThrowingConsumer<Fixture> check) throws IOException {
    requireFixtures();
    return fixtures().stream().map(f -> DynamicTest.dynamicTest(f.name(), () -> check.accept(f)));
  }

  static List<Fixture> fixtures() throws IOException {
    Path dir = requireFixtures();
    List<Fixture> all = new ArrayList<>();
    for (String api : List.of("chat", "responses")) {
      try (Stream<Path> files = Files.list(dir.resolve(api))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".sse")).sorted().toList()) {
          all.add(
              new Fixture(
                  api + "/" + file.getFileName(), api.equals("chat"), Files.readAllBytes(file)));
        }
      }
    }
    try (Stream<Path> files = Files.list(dir.resolve("responses-payloads"))) {
      for (Path file :
          files.filter(f -> f.toString().endsWith(".chunks.jsonl")).sorted().toList()) {
        StringBuilder framed = new StringBuilder();
        for (String line : Files.readString(file, StandardCharsets.UTF_8).split("\n")) {
          if (!line.isBlank()) {
            framed.append("data: ").append(line).append("\n\n");
          }
        }
        all.add(
            new Fixture(
                "responses-payloads/" + file.getFileName(),
                false,
                framed.toString().getBytes(StandardCharsets.UTF_8)));
      }
    }
    return all;
  }

  @Test
  void everyFixtureHasAnExpectation() throws IOException {
    requireFixtures();
    Set<String> names =
        fixtures().stream().map(Fixture::name).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(new TreeSet<>(EXPECTED.keySet()), names);
    assertEquals(42, names.size(), "22 chat, 19 responses, 1 payload file");
  }

  @TestFactory
  Stream<DynamicTest> outcomeMatchesTheTable() throws IOException {
    return each(FixtureTest::outcomeMatchesTheTable);
  }

  private static void outcomeMatchesTheTable(Fixture fixture) {
    Expected expected = EXPECTED.get(fixture.name());
    assertNotNull(expected, "no expectation for " + fixture.name());
    Outcome outcome = fixture.outcome();
    assertEquals(expected.text(), count(outcome, StreamEvent.TextDelta.class), "text deltas");
    assertEquals(
        expected.reasoning(), count(outcome, StreamEvent.ReasoningDelta.class), "reasoning deltas");
    assertEquals(
        expected.refusal(), count(outcome, StreamEvent.RefusalDelta.class), "refusal deltas");
    if (expected.failureCode() != null) {
      Outcome.Failure failure = outcome.failed();
      assertEquals(expected.failureCode(), failure.code());
      assertEquals(expected.failureMessage(), failure.message());
      assertEquals(outcome.joined(StreamEvent.TextDelta.class), failure.partialText());
      return;
    }
    Reply reply = outcome.reply();
    assertEquals(expected.finishReason(), reply.finishReason());
    assertEquals(expected.usage(), reply.usage());
    assertEquals(expected.textLength(), reply.text().length());
    if (expected.textPrefix() != null) {
      assertTrue(
          reply.text().startsWith(expected.textPrefix()),
          () ->
              "text starts with: "
                  + reply.text().substring(0, Math.min(80, reply.text().length())));
    }
    assertFalse(reply.id().isEmpty(), "id");
    assertFalse(reply.model().isEmpty(), "model");
  }

  @TestFactory
  Stream<DynamicTest> outcomeMatchesATreeReadingOfTheFile() throws IOException {
    return each(FixtureTest::outcomeMatchesATreeReadingOfTheFile);
  }

  private static void outcomeMatchesATreeReadingOfTheFile(Fixture fixture) throws IOException {
    Outcome outcome = fixture.outcome();
    List<JsonNode> payloads = payloads(fixture.bytes());
    String streamedText = outcome.joined(StreamEvent.TextDelta.class);
    if (fixture.chat()) {
      checkChat(outcome, payloads, streamedText);
    } else {
      checkResponses(outcome, payloads, streamedText);
    }
  }

  private static void checkChat(Outcome outcome, List<JsonNode> payloads, String streamedText) {
    StringBuilder text = new StringBuilder();
    String finish = "";
    JsonNode usage = null;
    for (JsonNode chunk : payloads) {
      if (chunk.has("error")) {
        break;
      }
      for (JsonNode choice : chunk.path("choices")) {
        if (choice.path("index").asInt() != 0) {
          continue;
        }
        text.append(choice.path("delta").path("content").asText(""));
        if (!choice.path("finish_reason").asText("").isEmpty()) {
          finish = choice.path("finish_reason").asText();
        }
      }
      if (chunk.path("usage").isObject()) {
        usage = chunk.path("usage");
      }
    }
    assertEquals(text.toString(), streamedText);
    if (outcome.failure() != null) {
      assertEquals(text.toString(), outcome.failure().partialText());
      return;
    }
    Reply reply = outcome.reply();
    if (!text.isEmpty()) {
      assertEquals(text.toString(), reply.text());
    }
    assertEquals(finish, reply.finishReason());
    if (usage != null) {
      assertEquals(usage.path("prompt_tokens").asLong(), reply.usage().inputTokens());
      assertEquals(usage.path("completion_tokens").asLong(), reply.usage().outputTokens());
      assertEquals(usage.path("total_tokens").asLong(), reply.usage().totalTokens());
    }
  }

  private static void checkResponses(
      Outcome outcome, List<JsonNode> payloads, String streamedText) {
    StringBuilder doneText = new StringBuilder();
    JsonNode completed = null;
    for (JsonNode event : payloads) {
      String type = event.path("type").asText();
      if (type.equals("response.output_text.done")) {
        doneText.append(event.path("text").asText());
      } else if (type.equals("response.completed")) {
        completed = event.path("response");
      }
    }
    assertEquals(doneText.toString(), streamedText, "deltas join to the output_text.done texts");
    if (completed == null) {
      assertNotNull(outcome.failure(), "no response.completed in the file, so the stream fails");
      return;
    }
    StringBuilder outputText = new StringBuilder();
    for (JsonNode item : completed.path("output")) {
      for (JsonNode part : item.path("content")) {
        if (item.path("type").asText().equals("message")
            && part.path("type").asText().equals("output_text")) {
          outputText.append(part.path("text").asText());
        }
      }
    }
    Reply reply = outcome.reply();
    assertEquals(
        outputText.toString(), reply.text(), "text equals response.completed's output_text");
    assertEquals(completed.path("id").asText(), reply.id());
    assertEquals(completed.path("model").asText(), reply.model());
    JsonNode usage = completed.path("usage");
    assertEquals(usage.path("input_tokens").asLong(), reply.usage().inputTokens());
    assertEquals(usage.path("output_tokens").asLong(), reply.usage().outputTokens());
    assertEquals(usage.path("total_tokens").asLong(), reply.usage().totalTokens());
    assertEquals(
        usage.path("input_tokens_details").path("cached_tokens").asLong(),
        reply.usage().cachedTokens());
    assertEquals(
        usage.path("output_tokens_details").path("reasoning_tokens").asLong(),
        reply.usage().reasoningTokens());
  }

  /** Every JSON payload of a file, read line by line (the fixtures use LF and one-line data). */
  private static List<JsonNode> payloads(byte[] bytes) throws IOException {
    List<JsonNode> payloads = new ArrayList<>();
    for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
      if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
        payloads.add(JSON.readTree(line.substring("data: ".length())));
      }
    }
    return payloads;
  }

  private static long count(Outcome outcome, Class<? extends StreamEvent> kind) {
    return outcome.events().stream().filter(kind::isInstance).count();
  }

  @TestFactory
  Stream<DynamicTest> chunkingAndLineEndsChangeNothing() throws IOException {
    return each(FixtureTest::chunkingAndLineEndsChangeNothing);
  }

  private static void chunkingAndLineEndsChangeNothing(Fixture fixture) {
    Outcome whole = fixture.outcome();
    byte[] bytes = fixture.bytes();
    Map<String, Function<byte[], BufferedSource>> variants =
        Map.of(
            "random 1..7", b -> ChunkedSource.random(b, 7, 7),
            "random 1..100", b -> ChunkedSource.random(b, 42, 100),
            "random 1..5000", b -> ChunkedSource.random(b, 2024, 5000),
            "one byte per read", ChunkedSource::bytewise);
    variants.forEach(
        (name, source) ->
            assertEquals(
                whole, Outcome.of(fixture.reader(source.apply(bytes))), fixture + ", " + name));
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String eol : List.of("\r\n", "\r")) {
      byte[] converted = text.replace("\n", eol).getBytes(StandardCharsets.UTF_8);
      assertEquals(
          whole,
          Outcome.of(fixture.reader(ChunkedSource.random(converted, 3, 64))),
          fixture + ", line ends " + eol.length());
    }
  }
}
