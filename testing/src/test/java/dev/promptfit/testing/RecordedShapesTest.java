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
  private static final Set<String> NEWER_THAN_RECORDINGS = Set.of("cache_write_tokens");

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
      keys.computeIfAbsent(event.name(), n -> new TreeSet<>()).addAll(keys(event.json()));
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
