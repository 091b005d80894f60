package dev.promptfit.internal.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.TestFailures;
import dev.promptfit.internal.request.ModelOutput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Tool calls as the compatible servers send them (FEATURES.md section 6): vLLM's repeated ids,
 * Ollama's whole calls, fragments without an index, a {@code .done} item without its name, a
 * stream without item events; and the same calls in non-streamed bodies.
 */
class ToolCallQuirksTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static ModelOutput chat(String... chunks) {
    StringBuilder sse = new StringBuilder();
    for (String chunk : chunks) {
      sse.append("data: {\"id\":\"c\",\"choices\":[").append(chunk).append("]}\n\n");
    }
    sse.append("data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"tool_calls\"}]}\n\n");
    sse.append("data: [DONE]\n\n");
    EventReader reader =
        EventReader.chat(new Buffer().writeUtf8(sse.toString()), null, false, true, TestFailures.FAILURES);
    Outcome.of(reader).reply();
    return reader.output();
  }

  private static String delta(String toolCalls) {
    return "{\"index\":0,\"delta\":{\"tool_calls\":" + toolCalls + "}}";
  }

  private static StreamEvent.ToolCall call(String id, String name, String arguments) {
    return new StreamEvent.ToolCall(id, name, arguments);
  }

  @Test
  void vllmRepeatsTheIdInEveryChunk() {
    ModelOutput output =
        chat(
            delta("[{\"index\":0,\"id\":\"chatcmpl-tool-1\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"\"}}]"),
            delta("[{\"index\":0,\"id\":\"chatcmpl-tool-1\",\"function\":{\"arguments\":\"{\\\"a\\\":\"}}]"),
            delta("[{\"index\":0,\"id\":\"chatcmpl-tool-1\",\"function\":{\"arguments\":\"1}\"}}]"));
    assertEquals(List.of(call("chatcmpl-tool-1", "f", "{\"a\":1}")), output.calls());
  }

  @Test
  void ollamaSendsWholeCallsInOneChunkEvenUnderOneIndex() {
    ModelOutput output =
        chat(
            delta(
                "[{\"index\":0,\"id\":\"call_a\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"x\\\":1}\"}},"
                    + "{\"index\":0,\"id\":\"call_b\",\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]"));
    assertEquals(List.of(call("call_a", "f", "{\"x\":1}"), call("call_b", "g", "{}")), output.calls());
  }

  @Test
  void fragmentsWithoutAnIndexContinueTheirIdOrTheLastCall() {
    ModelOutput output =
        chat(
            delta("[{\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{\\\"p\\\"\"}}]"),
            delta("[{\"function\":{\"arguments\":\":2}\"}}]"),
            delta("[{\"id\":\"b\",\"function\":{\"name\":\"g\",\"arguments\":\"{}\"}}]"));
    assertEquals(List.of(call("a", "f", "{\"p\":2}"), call("b", "g", "{}")), output.calls());
  }

  @Test
  void argumentsSentAsAnObjectAreTakenAsTheirJson() {
    ModelOutput output =
        chat(delta("[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":{\"q\":[1,2]}}}]"));
    assertEquals(List.of(call("a", "f", "{\"q\":[1,2]}")), output.calls());
  }

  @Test
  void aRepeatedNameIsNotJoinedAndOtherChoicesAreIgnored() {
    ModelOutput output =
        chat(
            delta("[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{\"}}]"),
            delta("[{\"index\":0,\"function\":{\"name\":\"f\",\"arguments\":\"}\"}}]"),
            "{\"index\":1,\"delta\":{\"tool_calls\":[{\"index\":0,\"id\":\"z\",\"function\":{\"name\":\"other\",\"arguments\":\"{}\"}}]}}");
    assertEquals(List.of(call("a", "f", "{}")), output.calls());
  }

  @Test
  void deepSeekReasoningContentIsKeptForTheNextRequest() {
    ModelOutput output =
        chat(
            "{\"index\":0,\"delta\":{\"reasoning_content\":\"Need the \"}}",
            "{\"index\":0,\"delta\":{\"reasoning_content\":\"weather.\"}}",
            delta("[{\"index\":0,\"id\":\"a\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]"));
    assertEquals("Need the weather.", output.reasoning());
    assertEquals("", output.text());
  }

  @Test
  void aCallWithoutAnIdIsLeftForTheLoopToName() {
    ModelOutput output =
        chat(delta("[{\"index\":0,\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}}]"));
    assertEquals(List.of(call("", "f", "{}")), output.calls());
  }

  private static ModelOutput responses(String... events) {
    StringBuilder sse = new StringBuilder();
    for (String event : events) {
      sse.append("data: ").append(event).append("\n\n");
    }
    EventReader reader =
        EventReader.responses(
            new Buffer().writeUtf8(sse.toString()), null, false, true, TestFailures.FAILURES);
    Outcome.of(reader).reply();
    return reader.output();
  }

  private static final String COMPLETED_EMPTY =
      "{\"type\":\"response.completed\",\"response\":{\"id\":\"r\",\"status\":\"completed\",\"output\":[]}}";

  @Test
  void aDoneItemWithoutNameOrCallIdKeepsThoseOfAdded() throws IOException {
    ModelOutput output =
        responses(
            "{\"type\":\"response.output_item.added\",\"output_index\":0,\"item\":{\"id\":\"fc_1\",\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"\"}}",
            "{\"type\":\"response.function_call_arguments.delta\",\"output_index\":0,\"item_id\":\"fc_1\",\"delta\":\"{}\"}",
            "{\"type\":\"response.output_item.done\",\"output_index\":0,\"item\":{\"id\":\"fc_1\",\"type\":\"function_call\",\"arguments\":\"{}\"}}",
            COMPLETED_EMPTY);
    assertEquals(List.of(call("call_1", "f", "{}")), output.calls());
    JsonNode item = JSON.readTree(output.items().get(0));
    assertEquals("call_1", item.get("call_id").asText());
    assertEquals("f", item.get("name").asText());
  }

  @Test
  void withoutDoneEventsTheArgumentsComeFromTheDeltas() {
    ModelOutput output =
        responses(
            "{\"type\":\"response.output_item.added\",\"item\":{\"id\":\"fc_1\",\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"\"}}",
            "{\"type\":\"response.function_call_arguments.delta\",\"item_id\":\"fc_1\",\"delta\":\"{\\\"a\\\"\"}",
            "{\"type\":\"response.function_call_arguments.delta\",\"item_id\":\"fc_1\",\"delta\":\":1}\"}",
            COMPLETED_EMPTY);
    assertEquals(List.of(call("call_1", "f", "{\"a\":1}")), output.calls());
  }

  @Test
  void aStreamWithoutItemEventsTakesTheCompletedOutput() {
    ModelOutput output =
        responses(
            "{\"type\":\"response.completed\",\"response\":{\"id\":\"r\",\"status\":\"completed\",\"output\":["
                + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[],\"encrypted_content\":\"e\"},"
                + "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"{}\"}]}}");
    assertEquals(List.of(call("call_1", "f", "{}")), output.calls());
    assertEquals(2, output.items().size());
  }

  @Test
  void withoutToolsNothingIsGathered() {
    String sse =
        "data: {\"type\":\"response.output_item.done\",\"output_index\":0,\"item\":{\"type\":\"function_call\",\"call_id\":\"c\",\"name\":\"f\",\"arguments\":\"{}\"}}\n\n"
            + "data: "
            + COMPLETED_EMPTY
            + "\n\n";
    EventReader reader =
        EventReader.responses(new Buffer().writeUtf8(sse), null, false, TestFailures.FAILURES);
    Outcome.of(reader).reply();
    assertEquals(ModelOutput.NONE, reader.output());
  }

  @Test
  void nonStreamedBodiesGiveTheSameCalls() throws IOException {
    String responses =
        "{\"id\":\"r\",\"status\":\"completed\",\"output\":["
            + "{\"type\":\"reasoning\",\"id\":\"rs_1\",\"summary\":[],\"encrypted_content\":\"e\"},"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Let me see.\"}]},"
            + "{\"type\":\"function_call\",\"id\":\"fc_1\",\"call_id\":\"call_1\",\"name\":\"f\",\"arguments\":\"{}\"}]}";
    ParsedReply parsed =
        ReplyParser.responses(body(responses), null, TestFailures.FAILURES, true);
    assertEquals("Let me see.", parsed.reply().text());
    assertEquals("tool_calls", parsed.reply().finishReason());
    assertEquals(List.of(call("call_1", "f", "{}")), parsed.output().calls());
    assertEquals(3, parsed.output().items().size());
    assertEquals("e", JSON.readTree(parsed.output().items().get(0)).get("encrypted_content").asText());

    String chat =
        "{\"id\":\"c\",\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\",\"message\":{"
            + "\"role\":\"assistant\",\"content\":null,\"reasoning_content\":\"hmm\",\"tool_calls\":["
            + "{\"id\":\"a\",\"type\":\"function\",\"function\":{\"name\":\"f\",\"arguments\":\"{}\"}},"
            + "{\"id\":\"b\",\"type\":\"function\",\"function\":{\"name\":\"g\",\"arguments\":\"{\\\"x\\\":1}\"}}]}}]}";
    ParsedReply chatParsed = ReplyParser.chat(body(chat), null, TestFailures.FAILURES, true);
    assertEquals(List.of(call("a", "f", "{}"), call("b", "g", "{\"x\":1}")), chatParsed.output().calls());
    assertEquals("hmm", chatParsed.output().reasoning());
    assertNull(ReplyParser.chat(body(chat), null, TestFailures.FAILURES, false).output().reasoning());
  }

  private static ByteArrayInputStream body(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }
}
