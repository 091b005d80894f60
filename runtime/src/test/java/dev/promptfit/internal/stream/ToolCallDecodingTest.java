package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.TestFailures;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.sse.ChunkedSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okio.Buffer;
import okio.BufferedSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every recorded stream decodes, for a call that offers tools, to the right tool calls, and to the
 * output items as {@code response.output_item.done} gave them; offering tools changes none of the
 * events a stream yields.
 */
class ToolCallDecodingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The calls of each recorded stream that has any, read off the files. */
  static final Map<String, List<StreamEvent.ToolCall>> CALLS =
      Map.of(
          "chat/openai-gpt4o-tool-call-single.sse",
          List.of(
              call(
                  "call_c91SqDXlYFuETYv8mUHzz6pp",
                  "GetWeatherArgs",
                  "{\"city\":\"Edinburgh\",\"country\":\"UK\",\"units\":\"c\"}")),
          "chat/openai-gpt4o-tool-calls-parallel.sse",
          List.of(
              call(
                  "call_JMW1whyEaYG438VE1OIflxA2",
                  "GetWeatherArgs",
                  "{\"city\": \"Edinburgh\", \"country\": \"GB\", \"units\": \"c\"}"),
              call(
                  "call_DNYTawLBoN8fj3KN6qU9N1Ou",
                  "get_stock_price",
                  "{\"ticker\": \"AAPL\", \"exchange\": \"NASDAQ\"}")),
          "chat/openai-gpt4omini-tool-call-obfuscation-service-tier.sse",
          List.of(call("call_ZR5UUuTt3pf61kjwAJIYdVMj", "get_capital", "{\"country\":\"UK\"}")),
          "responses/compat-deepseek-v4-reasoning-text-function-call.sse",
          List.of(call("call_00_xjY8Z2BvSlzgEmmw0DtH0464", "get_temperature", "{\"city\": \"Tokyo\"}")),
          "responses/openai-gpt4o-2025-03-function-call-no-sequence-number.sse",
          List.of(call("call_kL0PCQV7M2WMoVX8V8OtYSAL", "get_capital", "{\"country\":\"France\"}")),
          "responses/openai-gpt4omini-function-call-arguments.sse",
          List.of(
              call(
                  "call_0UFGPwrziw5rbinYp7rthrTb",
                  "get_weather_at_location",
                  "{\"location\":\"San Francisco, CA\"}")),
          "responses/openai-gpt5-reasoning-then-function-call.sse",
          List.of(call("call_CWXgs68YprAjp6t0371hiPOI", "final_result", "{\"result\":6666}")),
          "responses/openai-gpt55-text-then-function-call.sse",
          List.of(call("call_LabG58Uhrq9kZvR52BYKjToD", "get_capital", "{\"country\":\"PotatoLand\"}")));

  static StreamEvent.ToolCall call(String id, String name, String arguments) {
    return new StreamEvent.ToolCall(id, name, arguments);
  }

  private static EventReader reader(FixtureTest.Fixture f, BufferedSource source, boolean tools) {
    return f.chat()
        ? EventReader.chat(source, "req_f", true, tools, TestFailures.FAILURES)
        : EventReader.responses(source, "req_f", true, tools, TestFailures.FAILURES);
  }

  /** Reads the whole stream; returns its outcome and the reader's output. */
  private static Map.Entry<Outcome, ModelOutput> decode(
      FixtureTest.Fixture f, BufferedSource source, boolean tools) {
    EventReader reader = reader(f, source, tools);
    Outcome outcome = Outcome.of(reader);
    return Map.entry(outcome, reader.output());
  }

  @TestFactory
  Stream<DynamicTest> everyRecordedStreamDecodesToItsCalls() throws IOException {
    List<FixtureTest.Fixture> all = FixtureTest.fixtures();
    assertTrue(
        all.stream().map(FixtureTest.Fixture::name).toList().containsAll(CALLS.keySet()),
        "every fixture with calls is in shared/fixtures");
    return all.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.name(),
                    () -> {
                      var with = decode(f, new Buffer().write(f.bytes()), true);
                      var without = decode(f, new Buffer().write(f.bytes()), false);
                      assertEquals(without.getKey(), with.getKey(), "tools change no event");
                      assertEquals(ModelOutput.NONE, without.getValue());
                      if (with.getKey().failure() != null) {
                        return;
                      }
                      assertEquals(CALLS.getOrDefault(f.name(), List.of()), with.getValue().calls());
                      if (!f.chat()) {
                        assertEquals(doneItems(f.bytes()), items(with.getValue()));
                      }
                      // However the network splits the bytes.
                      for (long seed = 1; seed <= 3; seed++) {
                        var chunked =
                            decode(f, ChunkedSource.random(f.bytes(), seed, 64), true);
                        assertEquals(with.getValue(), chunked.getValue());
                      }
                    }));
  }

  /**
   * The items of every {@code response.output_item.done} in output order, read independently as
   * trees.
   */
  private static List<JsonNode> doneItems(byte[] sse) throws IOException {
    java.util.TreeMap<Integer, JsonNode> items = new java.util.TreeMap<>();
    for (String block : new String(sse, StandardCharsets.UTF_8).replace("\r\n", "\n").split("\n\n")) {
      for (String line : block.split("\n")) {
        if (line.startsWith("data:")) {
          String data = line.substring(5).strip();
          if (data.startsWith("{")) {
            JsonNode event = JSON.readTree(data);
            if ("response.output_item.done".equals(event.path("type").asText())) {
              items.put(event.get("output_index").asInt(), event.get("item"));
            }
          }
        }
      }
    }
    return new ArrayList<>(items.values());
  }

  private static List<JsonNode> items(ModelOutput output) throws IOException {
    List<JsonNode> trees = new ArrayList<>();
    for (String item : output.items()) {
      trees.add(JSON.readTree(item));
    }
    return trees;
  }
}
