package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every return type on both endpoints, over real HTTP, with the request each one sends. */
class ReturnTypesOverHttpTest {
  @RegisterExtension
  final ServedClient served = new ServedClient("/api/v1", b -> b.apiKey("sk-test"));

  static Stream<Arguments> cases() {
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(api -> Stream.of(Shape.values()).map(shape -> Arguments.of(api, shape)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void deliversTheWholeTextAndSendsTheRightRequest(Api api, Shape shape) throws Exception {
    String[] deltas = {"Hello", ",", " wörld", " 😊", "!"};
    String text = String.join("", deltas);
    String body;
    if (api == Api.RESPONSES) {
      body = shape.streaming ? Bodies.responsesStream(deltas) : Bodies.responsesObject(text);
    } else {
      body = shape.streaming ? Bodies.chatStream(deltas) : Bodies.chatObject(text);
    }
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader(
                "Content-Type",
                shape.streaming ? "text/event-stream; charset=utf-8" : "application/json")
            .body(body)
            .build());

    String got = shape.run(served.assistant(), "ping", CallOptions.builder().api(api).build());

    assertEquals(text, got);
    RecordedRequest request = served.server().takeRequest();
    JsonNode json = new ObjectMapper().readTree(request.getBody().utf8());
    assertEquals("Bearer sk-test", request.getHeaders().get("Authorization"));
    assertEquals("gpt-test", json.get("model").asText());
    if (api == Api.RESPONSES) {
      assertEquals("/api/v1/responses", request.getUrl().encodedPath());
      assertEquals("Be brief.", json.get("instructions").asText());
      assertEquals("user", json.at("/input/0/role").asText());
      assertEquals("Q: ping", json.at("/input/0/content").asText());
      assertFalse(json.has("stream_options"));
    } else {
      assertEquals("/api/v1/chat/completions", request.getUrl().encodedPath());
      assertEquals("system", json.at("/messages/0/role").asText());
      assertEquals("Be brief.", json.at("/messages/0/content").asText());
      assertEquals("user", json.at("/messages/1/role").asText());
      assertEquals("Q: ping", json.at("/messages/1/content").asText());
      assertEquals(shape.streaming, json.path("stream_options").path("include_usage").asBoolean());
    }
    assertEquals(shape.streaming, json.has("stream"), "stream is sent only when streaming");
    if (shape.streaming) {
      assertTrue(json.get("stream").asBoolean());
      assertEquals("text/event-stream", request.getHeaders().get("Accept"));
    }
    for (String unset : new String[] {"temperature", "top_p", "max_output_tokens", "reasoning",
        "max_completion_tokens", "reasoning_effort"}) {
      assertFalse(json.has(unset), unset + " was not configured, so it is not sent");
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void reportsUsageAndFinishReason(Api api, Shape shape) {
    if (shape != Shape.REPLY && shape != Shape.FUTURE_REPLY && shape != Shape.REPLY_STREAM) {
      return;
    }
    String body =
        api == Api.RESPONSES
            ? (shape.streaming ? Bodies.responsesStream("a", "b") : Bodies.responsesObject("ab"))
            : (shape.streaming ? Bodies.chatStream("a", "b") : Bodies.chatObject("ab"));
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", shape.streaming ? "text/event-stream" : "application/json")
            .body(body)
            .build());
    CallOptions options = CallOptions.builder().api(api).build();
    Reply reply =
        switch (shape) {
          case REPLY -> served.assistant().reply("q", options);
          case FUTURE_REPLY -> Shape.join(served.assistant().futureReply("q", options));
          default -> {
            try (ReplyStream stream = served.assistant().replyStream("q", options)) {
              yield stream.reply();
            }
          }
        };
    assertEquals("ab", reply.text());
    assertEquals(new Usage(11, 7, 18, 3, 2), reply.usage());
    assertEquals("stop", reply.finishReason());
    assertEquals("gpt-test-2026", reply.model());
    assertEquals(api == Api.RESPONSES ? "resp_1" : "chatcmpl-1", reply.id());
  }
}
