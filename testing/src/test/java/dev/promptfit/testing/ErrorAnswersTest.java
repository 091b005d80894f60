package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Errors the test asks for, and those the server gives on its own: 404, 405, 400. */
class ErrorAnswersTest {
  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void enqueueErrorGivesTheStatusAndAnOpenAiErrorBodyEvenForAStream() {
    server.enqueueError(429, "Rate limit reached for requests");
    HttpResponse<String> response =
        Http.post(server, "responses", Http.responsesBody("m", "i", "x", true));

    assertEquals(429, response.statusCode());
    assertEquals("application/json", response.headers().firstValue("content-type").orElseThrow());
    assertError(response, "Rate limit reached for requests", "requests", "rate_limit_exceeded");
  }

  @Test
  void richEnqueueErrorKeepsTypeAndCode() {
    server.enqueueError(404, "invalid_request_error", "model_not_found", "The model 'x' does not exist");
    server.enqueueError(500, "boom");
    HttpResponse<String> first =
        Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", false, false));
    HttpResponse<String> second =
        Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", false, false));

    assertEquals(404, first.statusCode());
    assertError(first, "The model 'x' does not exist", "invalid_request_error", "model_not_found");
    assertEquals(500, second.statusCode());
    assertError(second, "boom", "server_error", null);
  }

  @Test
  void errorWithHeadersCarriesRetryAfterAndRequestId() {
    server.enqueue(
        FakeResponse.error(429, "Slow down").toBuilder()
            .header("retry-after", "2")
            .header("x-request-id", "req_custom")
            .build());
    HttpResponse<String> response =
        Http.post(server, "responses", Http.responsesBody("m", "i", "x", false));

    assertEquals("2", response.headers().firstValue("retry-after").orElseThrow());
    assertEquals("req_custom", response.headers().firstValue("x-request-id").orElseThrow());
    assertEquals(1, response.headers().allValues("x-request-id").size());
  }

  @Test
  void errorStatusOutsideFourHundredToFiveNinetyNineIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> server.enqueueError(200, "not an error"));
  }

  @Test
  void unknownPathIs404AndDoesNotTakeTheQueuedAnswer() {
    server.enqueueText("for the real endpoint");
    HttpResponse<String> response = Http.post(server, "embeddings", "{\"model\":\"m\"}");

    assertEquals(404, response.statusCode());
    assertError(response, "Invalid URL (POST /v1/embeddings)", "invalid_request_error", null);
    HttpResponse<String> next = Http.post(server, "responses", Http.responsesBody("m", "i", "x", false));
    assertEquals("for the real endpoint", WireShapesTest.outputText(Http.json(next.body())));
    assertEquals(null, server.takeRequest().api());
  }

  @Test
  void otherMethodsOnAnEndpointAre405() {
    HttpResponse<String> get =
        Http.send(Http.request(server, "responses").GET().build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> head =
        Http.send(
            Http.request(server, "chat/completions")
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(405, get.statusCode());
    assertEquals("POST", get.headers().firstValue("allow").orElseThrow());
    assertError(get, "Method GET not allowed for /v1/responses; use POST", "invalid_request_error", null);
    assertEquals(405, head.statusCode());
    assertEquals("", head.body());
  }

  @Test
  void bodyThatIsNotAJsonObjectIs400() {
    server.enqueueText("kept for later");
    HttpResponse<String> notJson = Http.post(server, "chat/completions", "model=gpt");
    HttpResponse<String> array = Http.post(server, "responses", "[1, 2]");

    assertEquals(400, notJson.statusCode());
    JsonNode error = Http.json(notJson.body()).get("error");
    assertEquals("invalid_request_error", error.get("type").asText());
    assertTrue(error.get("message").asText().contains("could not parse the JSON body"));
    assertEquals(400, array.statusCode());
    assertEquals("model=gpt", server.takeRequest().body());
  }

  private static void assertError(
      HttpResponse<String> response, String message, String type, String code) {
    JsonNode root = Http.json(response.body());
    assertEquals(1, root.size());
    JsonNode error = root.get("error");
    assertEquals(message, error.get("message").asText());
    assertEquals(type, error.get("type").asText());
    assertTrue(error.has("param") && error.get("param").isNull());
    if (code == null) {
      assertTrue(error.get("code").isNull());
    } else {
      assertEquals(code, error.get("code").asText());
    }
  }
}
