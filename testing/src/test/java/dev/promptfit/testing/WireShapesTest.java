package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each endpoint, streamed and not: the shapes of PROTOCOL.md §1 and §2. */
class WireShapesTest {
  private static final String SSE = "text/event-stream; charset=utf-8";

  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void responsesStreamHasTheRealEventSequence() {
    server.enqueueText("Hello world!");
    HttpResponse<String> response =
        Http.post(server, "responses", Http.responsesBody("gpt-5-mini", "Be terse.", "Say hi", true));

    assertEquals(200, response.statusCode());
    assertEquals(SSE, response.headers().firstValue("content-type").orElseThrow());
    assertEquals("chunked", response.headers().firstValue("transfer-encoding").orElseThrow());
    List<Sse.Event> events = Sse.parse(response.body());
    assertEquals(
        List.of(
            "response.created",
            "response.in_progress",
            "response.output_item.added",
            "response.content_part.added",
            "response.output_text.delta",
            "response.output_text.delta",
            "response.output_text.delta",
            "response.output_text.done",
            "response.content_part.done",
            "response.output_item.done",
            "response.completed"),
        events.stream().map(Sse.Event::name).collect(Collectors.toList()));
    for (int i = 0; i < events.size(); i++) {
      JsonNode data = events.get(i).json();
      assertEquals(events.get(i).name(), data.get("type").asText());
      assertEquals(i, data.get("sequence_number").asInt());
    }
    assertFalse(response.body().contains("[DONE]"));

    JsonNode created = events.get(0).json().get("response");
    assertEquals("in_progress", created.get("status").asText());
    assertEquals(0, created.get("output").size());
    assertTrue(created.get("usage").isNull());

    JsonNode added = events.get(2).json().get("item");
    assertEquals("message", added.get("type").asText());
    assertEquals("in_progress", added.get("status").asText());
    String itemId = added.get("id").asText();
    assertTrue(itemId.startsWith("msg_"), itemId);

    JsonNode part = events.get(3).json();
    assertEquals(itemId, part.get("item_id").asText());
    assertEquals("output_text", part.get("part").get("type").asText());
    assertEquals("", part.get("part").get("text").asText());

    List<String> deltas = new ArrayList<>();
    for (Sse.Event event : events.subList(4, 7)) {
      JsonNode delta = event.json();
      assertEquals(itemId, delta.get("item_id").asText());
      assertEquals(0, delta.get("output_index").asInt());
      assertEquals(0, delta.get("content_index").asInt());
      assertTrue(delta.get("logprobs").isArray() && delta.get("logprobs").isEmpty());
      deltas.add(delta.get("delta").asText());
    }
    assertEquals(List.of("Hello", " world", "!"), deltas);

    assertEquals("Hello world!", events.get(7).json().get("text").asText());
    assertEquals("Hello world!", events.get(8).json().get("part").get("text").asText());
    JsonNode doneItem = events.get(9).json().get("item");
    assertEquals("completed", doneItem.get("status").asText());
    assertEquals("Hello world!", doneItem.get("content").get(0).get("text").asText());

    JsonNode completed = events.get(10).json().get("response");
    assertCompletedResponse(completed, "gpt-5-mini", "Hello world!", 2 + 2, 3);
    assertEquals("Be terse.", completed.get("instructions").asText());
  }

  @Test
  void responsesJsonIsTheCompletedResponse() {
    server.enqueueText("Hello world!");
    HttpResponse<String> response =
        Http.post(server, "responses", Http.responsesBody("gpt-5-mini", "Be terse.", "Say hi", false));

    assertEquals(200, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    assertTrue(response.headers().firstValue("content-length").isPresent());
    assertCompletedResponse(Http.json(response.body()), "gpt-5-mini", "Hello world!", 4, 3);
  }

  @Test
  void chatStreamWithUsageEndsWithTheUsageChunkAndDone() {
    server.enqueueText("Hello world!");
    HttpResponse<String> response =
        Http.post(
            server,
            "chat/completions",
            Http.chatBody("gpt-4o-mini", "Be terse.", "Say hi", true, true));

    assertEquals(200, response.statusCode());
    assertEquals(SSE, response.headers().firstValue("content-type").orElseThrow());
    assertTrue(response.body().endsWith("data: [DONE]\n\n"), response.body());
    List<Sse.Event> events = Sse.parse(response.body());
    assertTrue(events.stream().allMatch(e -> e.name() == null), "Chat sends no event: lines");
    assertEquals(7, events.size()); // role, 3 deltas, finish, usage, [DONE]

    List<JsonNode> chunks = new ArrayList<>();
    for (Sse.Event event : events.subList(0, 6)) {
      chunks.add(event.json());
    }
    String id = chunks.get(0).get("id").asText();
    assertTrue(id.startsWith("chatcmpl-"), id);
    for (JsonNode chunk : chunks) {
      assertEquals(id, chunk.get("id").asText());
      assertEquals("chat.completion.chunk", chunk.get("object").asText());
      assertEquals("gpt-4o-mini", chunk.get("model").asText());
      assertTrue(chunk.get("created").canConvertToLong());
      assertEquals(chunks.get(0).get("created"), chunk.get("created"));
      assertTrue(chunk.has("usage"), "usage: null precedes the usage chunk");
    }

    JsonNode first = chunks.get(0).get("choices").get(0);
    assertEquals(0, first.get("index").asInt());
    assertEquals("assistant", first.get("delta").get("role").asText());
    assertEquals("", first.get("delta").get("content").asText());
    assertTrue(first.get("delta").get("refusal").isNull());
    assertTrue(first.get("finish_reason").isNull());

    StringBuilder text = new StringBuilder();
    for (JsonNode chunk : chunks.subList(1, 4)) {
      JsonNode choice = chunk.get("choices").get(0);
      assertEquals(1, choice.get("delta").size());
      assertTrue(choice.get("finish_reason").isNull());
      text.append(choice.get("delta").get("content").asText());
    }
    assertEquals("Hello world!", text.toString());

    JsonNode finish = chunks.get(4).get("choices").get(0);
    assertTrue(finish.get("delta").isObject() && finish.get("delta").isEmpty());
    assertEquals("stop", finish.get("finish_reason").asText());

    JsonNode usageChunk = chunks.get(5);
    assertTrue(usageChunk.get("choices").isArray() && usageChunk.get("choices").isEmpty());
    assertChatUsage(usageChunk.get("usage"), 4, 3);
    assertEquals("[DONE]", events.get(6).data());
  }

  @Test
  void chatStreamWithoutIncludeUsageHasNoUsageChunk() {
    server.enqueueText("Hello world!");
    HttpResponse<String> response =
        Http.post(
            server,
            "chat/completions",
            Http.chatBody("gpt-4o-mini", "Be terse.", "Say hi", true, false));

    List<Sse.Event> events = Sse.parse(response.body());
    assertEquals(6, events.size()); // role, 3 deltas, finish, [DONE]
    for (Sse.Event event : events.subList(0, 5)) {
      assertFalse(event.json().has("usage"), event.data());
      assertEquals(1, event.json().get("choices").size());
    }
    assertEquals("stop", events.get(4).json().get("choices").get(0).get("finish_reason").asText());
    assertEquals("[DONE]", events.get(5).data());
  }

  @Test
  void chatJsonIsAChatCompletion() {
    server.enqueueText("Hello world!");
    HttpResponse<String> response =
        Http.post(
            server,
            "chat/completions",
            Http.chatBody("gpt-4o-mini", "Be terse.", "Say hi", false, false));

    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    JsonNode completion = Http.json(response.body());
    assertTrue(completion.get("id").asText().startsWith("chatcmpl-"));
    assertEquals("chat.completion", completion.get("object").asText());
    assertEquals("gpt-4o-mini", completion.get("model").asText());
    assertTrue(completion.get("created").canConvertToLong());
    JsonNode choice = completion.get("choices").get(0);
    assertEquals(0, choice.get("index").asInt());
    assertEquals("assistant", choice.get("message").get("role").asText());
    assertEquals("Hello world!", choice.get("message").get("content").asText());
    assertEquals("stop", choice.get("finish_reason").asText());
    assertChatUsage(completion.get("usage"), 4, 3);
  }

  @Test
  void nothingEnqueuedEchoesThePromptInEveryShape() {
    JsonNode responses =
        Http.json(
            Http.post(server, "responses", Http.responsesBody("m", "Be terse.", "Hi there", false))
                .body());
    assertEquals("Echo: Hi there", outputText(responses));
    assertEquals(4, responses.get("usage").get("output_tokens").asInt()); // "Echo", ":", " Hi", " there"

    String streamedChat =
        Http.post(server, "chat/completions", Http.chatBody("m", "Be terse.", "Hi there", true, false))
            .body();
    StringBuilder text = new StringBuilder();
    for (Sse.Event event : Sse.parse(streamedChat)) {
      if (!event.data().equals("[DONE]")) {
        JsonNode content = event.json().get("choices").get(0).get("delta").get("content");
        text.append(content == null ? "" : content.asText());
      }
    }
    assertEquals("Echo: Hi there", text.toString());
  }

  @Test
  void idsAndRequestIdsCountRequests() {
    HttpResponse<String> first =
        Http.post(server, "responses", Http.responsesBody("m", "i", "a", false));
    HttpResponse<String> second =
        Http.post(server, "chat/completions", Http.chatBody("m", "i", "b", false, false));

    assertEquals("resp_00000001", Http.json(first.body()).get("id").asText());
    assertEquals("msg_00000001", Http.json(first.body()).get("output").get(0).get("id").asText());
    assertEquals("req_00000001", first.headers().firstValue("x-request-id").orElseThrow());
    assertEquals("chatcmpl-00000002", Http.json(second.body()).get("id").asText());
    assertEquals("req_00000002", second.headers().firstValue("x-request-id").orElseThrow());
  }

  @Test
  void responsesObjectEchoesTheRequestedSettings() {
    String body =
        "{\"model\":\"gpt-5\",\"input\":\"x\",\"temperature\":0.2,\"top_p\":0.9,"
            + "\"max_output_tokens\":512,\"reasoning\":{\"effort\":\"low\"},\"seed\":7}";
    JsonNode response = Http.json(Http.post(server, "responses", body).body());

    assertEquals(0.2, response.get("temperature").asDouble());
    assertEquals(0.9, response.get("top_p").asDouble());
    assertEquals(512, response.get("max_output_tokens").asInt());
    assertEquals("low", response.get("reasoning").get("effort").asText());
    assertTrue(response.get("reasoning").get("summary").isNull());
    assertFalse(response.has("seed"), "fields the Response object lacks are not echoed");
    assertTrue(response.get("instructions").isNull());
  }

  @Test
  void nonAsciiTextIsSentRawAndSplitWhole() {
    server.enqueueText("Grüße, 世界 😊!");
    String body =
        Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", true, false)).body();

    assertTrue(body.contains("Grüße"), "raw UTF-8, not \\u escapes");
    List<String> deltas = new ArrayList<>();
    for (Sse.Event event : Sse.parse(body)) {
      if (!event.data().equals("[DONE]")) {
        JsonNode content = event.json().get("choices").get(0).get("delta").get("content");
        if (content != null && !content.asText().isEmpty()) {
          deltas.add(content.asText());
        }
      }
    }
    assertEquals(List.of("Grüße", ",", " 世界", " 😊", "!"), deltas);
  }

  private static void assertCompletedResponse(
      JsonNode response, String model, String text, int inputTokens, int outputTokens) {
    assertTrue(response.get("id").asText().startsWith("resp_"), response.toString());
    assertEquals("response", response.get("object").asText());
    assertEquals("completed", response.get("status").asText());
    assertEquals(model, response.get("model").asText());
    assertTrue(response.get("created_at").canConvertToLong());
    JsonNode message = response.get("output").get(0);
    assertEquals("message", message.get("type").asText());
    assertEquals("assistant", message.get("role").asText());
    assertEquals("completed", message.get("status").asText());
    assertEquals("output_text", message.get("content").get(0).get("type").asText());
    assertEquals(text, message.get("content").get(0).get("text").asText());
    JsonNode usage = response.get("usage");
    assertEquals(inputTokens, usage.get("input_tokens").asInt());
    assertEquals(0, usage.get("input_tokens_details").get("cached_tokens").asInt());
    assertEquals(outputTokens, usage.get("output_tokens").asInt());
    assertEquals(0, usage.get("output_tokens_details").get("reasoning_tokens").asInt());
    assertEquals(inputTokens + outputTokens, usage.get("total_tokens").asInt());
  }

  private static void assertChatUsage(JsonNode usage, int promptTokens, int completionTokens) {
    assertEquals(promptTokens, usage.get("prompt_tokens").asInt());
    assertEquals(completionTokens, usage.get("completion_tokens").asInt());
    assertEquals(promptTokens + completionTokens, usage.get("total_tokens").asInt());
    assertEquals(0, usage.get("prompt_tokens_details").get("cached_tokens").asInt());
    assertEquals(0, usage.get("completion_tokens_details").get("reasoning_tokens").asInt());
  }

  static String outputText(JsonNode response) {
    return response.get("output").get(0).get("content").get(0).get("text").asText();
  }
}
