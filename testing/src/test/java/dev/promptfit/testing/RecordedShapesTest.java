package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's streams against real recordings in ../shared/fixtures (read in place, never copied):
 * the same event order and, per event, the same keys at every level, apart from {@code
 * obfuscation}, the random padding real services add, and keys newer than the recordings.
 * Skipped where the fixtures are absent.
 */
class RecordedShapesTest {
  private static final Path FIXTURES = Path.of("..", "..", "shared", "fixtures");

  /**
   * Keys the current spec requires (openai-java's {@code validate()} fails without them) that the
   * older recordings predate: the fake sends them, the comparison leaves them out.
   */
  private static final Set<String> NEWER_THAN_RECORDINGS =
      Set.of(
          "cache_write_tokens",
          "completed_at",
          "frequency_penalty",
          "presence_penalty",
          "prompt_cache_retention");

  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void responsesStreamMatchesTheHelloWorldRecording() throws IOException {
    List<Sse.Event> recorded = fixture("responses/openai-gpt4omini-hello-world-text.sse");
    server.enqueueText("Hello! How can I assist you today?");
    List<Sse.Event> ours =
        Sse.parse(
            Http.post(server, "responses", Http.responsesBody("gpt-4o-mini", "i", "Hello", true))
                .body());

    assertEquals(names(recorded), names(ours));
    assertEquals(keysByEvent(recorded), keysByEvent(ours));
  }

  @Test
  void chatStreamMatchesTheRecordingWithUsage() throws IOException {
    List<Sse.Event> recorded = fixture("chat/openai-gpt4omini-text-obfuscation-service-tier.sse");
    server.enqueueText("The capital of the UK is London.");
    List<Sse.Event> ours =
        Sse.parse(
            Http.post(
                    server,
                    "chat/completions",
                    Http.chatBody("gpt-4o-mini", "i", "Capital of the UK?", true, true))
                .body());

    assertEquals(recorded.size(), ours.size());
    for (int i = 0; i < recorded.size(); i++) {
      if (recorded.get(i).data().equals("[DONE]")) {
        assertEquals("[DONE]", ours.get(i).data());
      } else {
        assertEquals(keys(recorded.get(i).json()), keys(ours.get(i).json()), "chunk " + i);
      }
    }
  }

  @Test
  void responsesFunctionCallStreamMatchesTheRecording() throws IOException {
    List<Sse.Event> recorded = fixture("responses/openai-gpt4omini-function-call-arguments.sse");
    server.enqueueToolCalls(
        FakeLlmServer.ToolCall.of("get_weather_at_location", "{\"location\":\"San Francisco, CA\"}"));
    List<Sse.Event> ours = Sse.parse(Http.post(server, "responses", withTools(recorded)).body());

    assertEquals(types(recorded), types(ours));
    assertEquals(keysByEvent(recorded), keysByEvent(ours));
  }

  @Test
  void responsesReasoningThenFunctionCallMatchesTheRecording() throws IOException {
    List<Sse.Event> recorded = fixture("responses/openai-gpt5-reasoning-then-function-call.sse");
    server.enqueue(
        FakeResponse.toolCallsBuilder(FakeLlmServer.ToolCall.of("final_result", "{\"result\":6666}"))
            .reasoning("")
            .build());
    List<Sse.Event> ours = Sse.parse(Http.post(server, "responses", withTools(recorded)).body());

    assertEquals(types(recorded), types(ours));
    assertEquals(keysByEvent(recorded), keysByEvent(ours));
  }

  @Test
  void responsesReasoningSummaryMatchesTheRecording() throws IOException {
    List<Sse.Event> recorded = fixture("responses/openai-o3mini-reasoning-summary-multipart.sse");
    server.enqueue(FakeResponse.textBuilder("Look both ways.").reasoning("Crossing safely.").build());
    List<Sse.Event> ours =
        Sse.parse(Http.post(server, "responses", Http.responsesBody("o3-mini", "i", "x", true)).body());

    // The recording has four summary parts; ours has one: compare the shapes, not the count.
    assertEquals(new LinkedHashSet<>(types(recorded)), new LinkedHashSet<>(types(ours)));
    assertEquals(keysByEvent(recorded), keysByEvent(ours));
  }

  @Test
  void backgroundStreamAndResumeMatchTheRecordings() throws IOException {
    List<Sse.Event> recorded = fixture("responses/openai-gpt4o-background-queued.sse");
    List<Sse.Event> recordedResume = fixture("responses/openai-gpt4o-background-resume-starting-after.sse");
    server.enqueueText("2 + 2 = 4.");
    String body =
        "{\"model\":\"gpt-4o\",\"input\":\"2+2?\",\"background\":true,\"store\":true,\"stream\":true}";
    List<Sse.Event> ours = Sse.parse(Http.post(server, "responses", body).body());
    assertEquals(types(recorded), types(ours));
    assertEquals(keysByEvent(recorded), keysByEvent(ours));

    String id = ours.get(0).json().get("response").get("id").asText();
    List<Sse.Event> resumed =
        Sse.parse(
            Http.send(
                    Http.request(server, "responses/" + id + "?stream=true&starting_after=0").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString())
                .body());
    assertEquals(types(recordedResume), types(resumed));
    assertEquals(1, resumed.get(0).json().get("sequence_number").asInt());
  }

  @Test
  void chatParallelToolCallsMatchTheRecording() throws IOException {
    List<Sse.Event> recorded = fixture("chat/openai-gpt4o-tool-calls-parallel.sse");
    server.enqueueToolCalls(
        FakeLlmServer.ToolCall.of("GetWeatherArgs", "{\"city\": \"Edinburgh\", \"country\": \"GB\", \"units\": \"c\"}"),
        FakeLlmServer.ToolCall.of("get_stock_price", "{\"ticker\": \"AAPL\", \"exchange\": \"NASDAQ\"}"));
    List<Sse.Event> ours =
        Sse.parse(Http.post(server, "chat/completions", Http.chatBody("gpt-4o", "i", "x", true, true)).body());

    // After the role chunk (ours also says "refusal": null, as 2025 recordings do): the same runs
    // of delta shapes — first fragment of call 0, its pieces, call 1, its pieces, the finish.
    assertEquals(deltaShapes(recorded.subList(1, recorded.size())), deltaShapes(ours.subList(1, ours.size())));
  }

  @Test
  void chatRefusalMatchesTheRecording() throws IOException {
    List<Sse.Event> recorded = fixture("chat/openai-gpt4o-refusal.sse");
    server.enqueueRefusal("I'm sorry, I can't assist with that.");
    List<Sse.Event> ours =
        Sse.parse(Http.post(server, "chat/completions", Http.chatBody("gpt-4o", "i", "x", true, true)).body());

    assertEquals(deltaShapes(recorded), deltaShapes(ours));
  }

  /** The recording's tools, in the request: the Response echoes them, keys and all. */
  private static String withTools(List<Sse.Event> recorded) {
    com.fasterxml.jackson.databind.node.ObjectNode body =
        (com.fasterxml.jackson.databind.node.ObjectNode) Http.json(Http.responsesBody("m", "i", "x", true));
    body.set("tools", recorded.get(0).json().get("response").get("tools"));
    return body.toString();
  }

  /** Each chunk's delta key paths, runs of equal shapes collapsed; {@code [DONE]} as is. */
  private static List<TreeSet<String>> deltaShapes(List<Sse.Event> events) {
    List<TreeSet<String>> shapes = new ArrayList<>();
    for (Sse.Event event : events) {
      TreeSet<String> shape = new TreeSet<>();
      if (event.data().equals("[DONE]")) {
        shape.add("[DONE]");
      } else {
        JsonNode choices = event.json().get("choices");
        if (choices.isEmpty()) {
          shape.add("usage");
        } else {
          shape.add("delta");
          collect("delta.", choices.get(0).get("delta"), shape);
        }
      }
      if (shapes.isEmpty() || !shapes.get(shapes.size() - 1).equals(shape)) {
        shapes.add(shape);
      }
    }
    return shapes;
  }

  /** The {@code type} of each event's data, runs collapsed (some recordings have no event: lines). */
  private static List<String> types(List<Sse.Event> events) {
    List<String> types = new ArrayList<>();
    for (Sse.Event event : events) {
      String type = event.json().get("type").asText();
      if (types.isEmpty() || !types.get(types.size() - 1).equals(type)) {
        types.add(type);
      }
    }
    return types;
  }

  private static List<Sse.Event> fixture(String name) throws IOException {
    Path file = FIXTURES.resolve(name);
    assumeTrue(Files.isRegularFile(file), "no fixture at " + file.toAbsolutePath());
    return Sse.parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Event names with runs of deltas collapsed, since texts differ in length. */
  private static List<String> names(List<Sse.Event> events) {
    List<String> names = new ArrayList<>();
    for (Sse.Event event : events) {
      if (names.isEmpty() || !names.get(names.size() - 1).equals(event.name())) {
        names.add(event.name());
      }
    }
    return names;
  }

  private static Map<String, TreeSet<String>> keysByEvent(List<Sse.Event> events) {
    Map<String, TreeSet<String>> keys = new LinkedHashMap<>();
    for (Sse.Event event : events) {
      keys.computeIfAbsent(event.json().get("type").asText(), n -> new TreeSet<>())
          .addAll(keys(event.json()));
    }
    return keys;
  }

  /** Every key path in a document ({@code response.usage.total_tokens}), arrays entered. */
  private static TreeSet<String> keys(JsonNode node) {
    TreeSet<String> keys = new TreeSet<>();
    collect("", node, keys);
    return keys;
  }

  private static void collect(String prefix, JsonNode node, TreeSet<String> keys) {
    if (node.isArray()) {
      for (JsonNode element : node) {
        collect(prefix + "[].", element, keys);
      }
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (field.getKey().equals("obfuscation") || NEWER_THAN_RECORDINGS.contains(field.getKey())) {
        continue;
      }
      keys.add(prefix + field.getKey());
      collect(prefix + field.getKey() + ".", field.getValue(), keys);
    }
  }
}
