package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Scripted replies beyond text: their wire shapes, their steps and their builder's checks. */
class RepliesTest {
  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void responsesToolCallStreamHasTheRealEventSequence() {
    server.enqueue(
        FakeResponse.toolCallsBuilder(ToolCall.of("a", "{\"x\":1}"), ToolCall.of("b", "{}"))
            .reasoning("Why.")
            .build());
    List<Sse.Event> events = Sse.parse(Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body());

    assertEquals(
        List.of(
            "response.created", "response.in_progress",
            "response.output_item.added", "response.reasoning_summary_part.added",
            "response.reasoning_summary_text.delta", "response.reasoning_summary_text.delta",
            "response.reasoning_summary_text.done", "response.reasoning_summary_part.done",
            "response.output_item.done",
            "response.output_item.added", "response.function_call_arguments.delta",
            "response.function_call_arguments.delta", "response.function_call_arguments.delta",
            "response.function_call_arguments.delta", "response.function_call_arguments.delta",
            "response.function_call_arguments.done", "response.output_item.done",
            "response.output_item.added", "response.function_call_arguments.delta",
            "response.function_call_arguments.done", "response.output_item.done",
            "response.completed"),
        events.stream().map(Sse.Event::name).collect(Collectors.toList()));
    JsonNode added = events.get(9).json();
    assertEquals(1, added.get("output_index").asInt());
    assertEquals("fc_00000001_0", added.get("item").get("id").asText());
    assertEquals("call_00000001_0", added.get("item").get("call_id").asText());
    assertEquals("a", added.get("item").get("name").asText());
    assertEquals("", added.get("item").get("arguments").asText());
    JsonNode done = events.get(15).json();
    assertEquals("{\"x\":1}", done.get("arguments").asText());
    assertFalse(done.has("name"), "real streams omit name on function_call_arguments.done");
    JsonNode completed = events.get(21).json().get("response");
    assertEquals(3, completed.get("output").size());
    assertEquals("reasoning", completed.get("output").get(0).get("type").asText());
    // output tokens: 2 reasoning deltas + 5 + 1 argument deltas ({" x ": 1 } and {})
    assertEquals(8, completed.get("usage").get("output_tokens").asInt());
    assertEquals(2, completed.get("usage").get("output_tokens_details").get("reasoning_tokens").asInt());
  }

  @Test
  void chatToolCallsWholeAndStreamed() {
    FakeResponse round = FakeResponse.toolCallsBuilder(ToolCall.of("a", "{\"x\":1}")).preamble("Hm.").build();
    server.enqueue(round);
    JsonNode message =
        Http.json(Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", false, false)).body())
            .get("choices").get(0);
    assertEquals("tool_calls", message.get("finish_reason").asText());
    assertEquals("Hm.", message.get("message").get("content").asText());
    assertEquals("call_00000001_0", message.get("message").get("tool_calls").get(0).get("id").asText());
    assertEquals("{\"x\":1}", message.get("message").get("tool_calls").get(0).get("function").get("arguments").asText());

    server.enqueue(round);
    List<Sse.Event> events =
        Sse.parse(Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", true, false)).body());
    List<String> fragments = new ArrayList<>();
    for (Sse.Event event : events.subList(0, events.size() - 1)) {
      JsonNode calls = event.json().get("choices").get(0).get("delta").get("tool_calls");
      if (calls != null) {
        fragments.add(calls.get(0).toString());
      }
    }
    assertEquals(
        "{\"index\":0,\"id\":\"call_00000002_0\",\"type\":\"function\",\"function\":{\"name\":\"a\",\"arguments\":\"\"}}",
        fragments.get(0));
    assertEquals("{\"index\":0,\"function\":{\"arguments\":\"{\\\"\"}}", fragments.get(1));
    assertEquals(
        "tool_calls", events.get(events.size() - 2).json().get("choices").get(0).get("finish_reason").asText());
  }

  @Test
  void jsonAnswerIsTheTextOnBothEndpoints() {
    server.enqueueJson("{\"a\":1}");
    server.enqueueJson("{\"a\":1}");
    assertEquals("{\"a\":1}", WireShapesTest.outputText(Http.json(Http.post(server, "responses", Http.responsesBody("m", "i", "x", false)).body())));
    JsonNode chat = Http.json(Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", false, false)).body());
    assertEquals("{\"a\":1}", chat.get("choices").get(0).get("message").get("content").asText());
  }

  @Test
  void refusalIsARefusalPartOnResponses() {
    server.enqueueRefusal("No.");
    JsonNode item =
        Http.json(Http.post(server, "responses", Http.responsesBody("m", "i", "x", false)).body())
            .get("output").get(0);
    assertEquals("{\"type\":\"refusal\",\"refusal\":\"No.\"}", item.get("content").get(0).toString());
  }

  @Test
  void afterDeltaCountsArgumentDeltasAndAfterEventCountsEvents() {
    server.enqueue(FakeResponse.toolCallsBuilder(ToolCall.of("a", "{\"x\":1}")).afterDelta(2).endBody().build());
    List<Sse.Event> byDelta = Sse.parse(Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body());
    assertEquals("response.function_call_arguments.delta", byDelta.get(byDelta.size() - 1).name());
    assertEquals(5, byDelta.size()); // created, in_progress, item added, 2 deltas

    server.enqueue(FakeResponse.textBuilder("Hello").afterEvent(2).write(": ping\n\n").build());
    String body = Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body();
    assertTrue(body.indexOf(": ping") > body.indexOf("response.in_progress"), body);
    assertTrue(body.indexOf(": ping") < body.indexOf("response.output_item.added"), body);
  }

  @Test
  void unfinishedStatusStreamsEndWithoutTerminalEvent() {
    server.enqueue(FakeResponse.textBuilder("x").responseStatus("queued").build());
    List<Sse.Event> events = Sse.parse(Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body());
    assertEquals(List.of("response.created", "response.in_progress"), events.stream().map(Sse.Event::name).collect(Collectors.toList()));
  }

  @Test
  void builderChecksWhatItIsGiven() {
    IllegalStateException notAReply =
        assertThrows(IllegalStateException.class, () -> FakeResponse.builder().reasoning("x"));
    assertTrue(notAReply.getMessage().contains("reasoning(...) is for scripted replies"), notAReply.getMessage());
    assertThrows(IllegalArgumentException.class, FakeResponse::toolCallsBuilder);
    assertThrows(IllegalStateException.class, () -> FakeResponse.textBuilder("x").preamble("y"));
    IllegalArgumentException status =
        assertThrows(IllegalArgumentException.class, () -> FakeResponse.textBuilder("x").responseStatus("done"));
    assertTrue(status.getMessage().contains("\"done\""), status.getMessage());
    assertThrows(IllegalArgumentException.class, () -> FakeResponse.textBuilder("x").usage(-1, 0));
    assertThrows(IllegalArgumentException.class, () -> FakeResponse.textBuilder("x").refuseResume(200, "x"));
    assertThrows(IllegalArgumentException.class, () -> ToolCall.of("", "{}"));
    assertThrows(IllegalArgumentException.class, () -> ToolCall.of("a", "{}").withCallId(""));
    assertEquals("FakeResponse{200, 2 tool calls}", FakeResponse.toolCalls(ToolCall.of("a", "{}"), ToolCall.of("b", "{}")).toString());
    assertEquals("FakeResponse{200, json \"{}\"}", FakeResponse.json("{}").toString());
  }

  @Test
  void toBuilderKeepsTheScript() {
    FakeResponse original =
        FakeResponse.toolCallsBuilder(ToolCall.of("a", "{}")).reasoning("r", "enc").usage(9, 8).backgroundPolls(2).build();
    server.enqueue(original.toBuilder().header("x-request-id", "req_copy").build());
    JsonNode body = Http.json(Http.post(server, "responses", Http.responsesBody("m", "i", "x", false)).body());
    assertEquals("enc", body.get("output").get(0).get("encrypted_content").asText());
    assertEquals(9, body.get("usage").get("input_tokens").asInt());
  }
}
