package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** takeRequest: what a test can assert about what the client sent. */
class RecordedRequestsTest {
  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void responsesRequestIsParsed() {
    String body =
        "{\"model\":\"gpt-5-mini\",\"instructions\":\"Be terse.\","
            + "\"input\":[{\"role\":\"user\",\"content\":\"Translate Hallo\"}],"
            + "\"stream\":true,\"temperature\":0.2,\"top_p\":0.9,\"max_output_tokens\":512,"
            + "\"reasoning\":{\"effort\":\"low\"},\"seed\":7,\"metadata\":null}";
    Http.send(
        Http.request(server, "responses")
            .header("Authorization", "Bearer sk-test")
            .header("X-Trace", "1")
            .header("X-Trace", "2")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());

    RecordedLlmRequest request = server.takeRequest();
    assertEquals("POST", request.method());
    assertEquals("/v1/responses", request.path());
    assertEquals(Api.RESPONSES, request.api());
    assertEquals("gpt-5-mini", request.model());
    assertEquals("Translate Hallo", request.input());
    assertEquals("Be terse.", request.instructions());
    assertTrue(request.stream());
    assertEquals(
        List.of("temperature", "top_p", "max_output_tokens", "reasoning", "seed", "metadata"),
        List.copyOf(request.options().keySet()));
    assertEquals(0.2, request.options().get("temperature"));
    assertEquals(512, request.options().get("max_output_tokens"));
    assertEquals(Map.of("effort", "low"), request.options().get("reasoning"));
    assertEquals(7, request.options().get("seed"));
    assertTrue(request.options().containsKey("metadata"));
    assertNull(request.options().get("metadata"));
    assertEquals("Bearer sk-test", request.header("authorization"));
    assertEquals("Bearer sk-test", request.header("AUTHORIZATION"));
    assertEquals(List.of("1", "2"), request.headers().get("x-trace"));
    assertEquals(body, request.body());
    assertFalse(request.toString().contains("sk-test"));
  }

  @Test
  void responsesInputMayBeAStringOrPartsAndInstructionsAMessage() {
    Http.post(server, "responses", "{\"model\":\"m\",\"input\":\"plain\"}");
    Http.post(
        server,
        "responses",
        "{\"model\":\"m\",\"input\":["
            + "{\"role\":\"developer\",\"content\":\"Be kind.\"},"
            + "{\"role\":\"user\",\"content\":\"first\"},"
            + "{\"type\":\"message\",\"role\":\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"ok\"}]},"
            + "{\"type\":\"message\",\"role\":\"user\",\"content\":["
            + "{\"type\":\"input_text\",\"text\":\"last\"},{\"type\":\"input_image\",\"image_url\":\"u\"},"
            + "{\"type\":\"input_text\",\"text\":\"words\"}]}]}");

    RecordedLlmRequest plain = server.takeRequest();
    assertEquals("plain", plain.input());
    assertNull(plain.instructions());
    assertFalse(plain.stream());
    assertTrue(plain.options().isEmpty());
    RecordedLlmRequest parts = server.takeRequest();
    assertEquals("last\nwords", parts.input());
    assertEquals("Be kind.", parts.instructions());
  }

  @Test
  void responsesToolItemsWithoutRoleOrInstructionsAreRead() {
    Http.post(
        server,
        "responses",
        "{\"model\":\"m\",\"input\":[{\"role\":\"user\",\"content\":\"q\"},"
            + "{\"type\":\"function_call\",\"call_id\":\"c\",\"name\":\"f\",\"arguments\":\"{}\"},"
            + "{\"type\":\"function_call_output\",\"call_id\":\"c\",\"output\":\"1\"}]}");

    RecordedLlmRequest request = server.takeRequest();
    assertEquals("q", request.input());
    assertNull(request.instructions());
    assertEquals("1", request.toolResults().get(0).output());
  }

  @Test
  void chatRequestIsParsed() {
    String body =
        "{\"model\":\"gpt-4o\",\"messages\":["
            + "{\"role\":\"system\",\"content\":\"Be terse.\"},"
            + "{\"role\":\"user\",\"content\":\"old question\"},"
            + "{\"role\":\"assistant\",\"content\":\"old answer\"},"
            + "{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"new question\"}]}],"
            + "\"stream\":true,\"stream_options\":{\"include_usage\":true},"
            + "\"max_completion_tokens\":256,\"reasoning_effort\":\"low\"}";
    Http.post(server, "chat/completions", body);

    RecordedLlmRequest request = server.takeRequest();
    assertEquals(Api.CHAT_COMPLETIONS, request.api());
    assertEquals("/v1/chat/completions", request.path());
    assertEquals("gpt-4o", request.model());
    assertEquals("new question", request.input());
    assertEquals("Be terse.", request.instructions());
    assertTrue(request.stream());
    assertEquals(
        List.of("stream_options", "max_completion_tokens", "reasoning_effort"),
        List.copyOf(request.options().keySet()));
    assertEquals(Map.of("include_usage", true), request.options().get("stream_options"));
    assertEquals(256, request.options().get("max_completion_tokens"));
    assertEquals("low", request.options().get("reasoning_effort"));
  }

  @Test
  void chatWithoutSystemMessageHasNoInstructions() {
    Http.post(server, "chat/completions", "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}");

    RecordedLlmRequest request = server.takeRequest();
    assertEquals("hi", request.input());
    assertNull(request.instructions());
  }

  @Test
  void optionsAreUnmodifiable() {
    Http.post(server, "responses", "{\"model\":\"m\",\"input\":\"x\",\"temperature\":1}");
    RecordedLlmRequest request = server.takeRequest();

    assertThrows(UnsupportedOperationException.class, () -> request.options().put("x", 1));
    assertThrows(UnsupportedOperationException.class, () -> request.headers().put("x", List.of()));
  }

  @Test
  void everyRequestIsRecordedAndCounted() {
    Http.post(server, "responses", "{\"model\":\"m\",\"input\":\"x\"}");
    Http.post(server, "nope", "{}");
    Http.post(server, "chat/completions", "not json");

    assertEquals(3, server.requestCount());
    assertEquals("/v1/responses", server.takeRequest().path());
    RecordedLlmRequest nope = server.takeRequest();
    assertEquals("/v1/nope", nope.path());
    assertNull(nope.api());
    RecordedLlmRequest notJson = server.takeRequest();
    assertEquals(Api.CHAT_COMPLETIONS, notJson.api());
    assertNull(notJson.model());
    assertNull(notJson.input());
    assertEquals("not json", notJson.body());
  }

  @Test
  void takeRequestWithNothingArrivingNamesTheWait() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> server.takeRequest(Duration.ofMillis(200)));
    assertTrue(e.getMessage().contains("no request arrived within 200 ms"), e.getMessage());
    assertTrue(e.getMessage().contains("takeRequest()"), e.getMessage());
  }

  @Test
  void requestIsRecordedBeforeItsAnswerEnds() {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("held").await(release).build());
    Http.postStreaming(server, "responses", Http.responsesBody("m", "i", "while held", true));

    assertEquals("while held", server.takeRequest().input());
    release.countDown();
    assertEquals(1, server.requestCount());
  }
}
