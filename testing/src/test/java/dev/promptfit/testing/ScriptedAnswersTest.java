package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Raw bodies, scripts and interrupted text streams: the fault and timing tools. */
class ScriptedAnswersTest {
  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void rawSsePassesThroughByteForByte() {
    String body =
        "\uFEFF: comment\r\ndata:{\"a\":\"😊 你\"}\r\n\r\nevent: x\rdata: [DONE]\n\ndata: no blank line";
    server.enqueueRawSse(body);
    HttpResponse<byte[]> response =
        Http.send(
            Http.request(server, "chat/completions")
                .POST(HttpRequest.BodyPublishers.ofString(Http.chatBody("m", "i", "x", true, true)))
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());

    assertEquals(200, response.statusCode());
    assertEquals(
        "text/event-stream; charset=utf-8",
        response.headers().firstValue("content-type").orElseThrow());
    assertArrayEquals(body.getBytes(StandardCharsets.UTF_8), response.body());
  }

  @Test
  void rawSseReplaysARecordingExactly() throws IOException {
    Path recording =
        Path.of("..", "..", "shared", "fixtures", "chat", "compat-openrouter-processing-comments-midstream-error.sse");
    assumeTrue(Files.isRegularFile(recording));
    byte[] bytes = Files.readAllBytes(recording);
    server.enqueueRawSse(new String(bytes, StandardCharsets.UTF_8));

    HttpResponse<String> response =
        Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", true, true));
    assertArrayEquals(bytes, response.body().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void awaitHoldsTheStreamAfterTheFirstDelta() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());
    HttpResponse<InputStream> response =
        Http.postStreaming(server, "responses", Http.responsesBody("m", "i", "x", true));
    Sse sse = new Sse(response.body());

    for (int i = 0; i < 4; i++) {
      assertNotNull(sse.next()); // created, in_progress, output_item.added, content_part.added
    }
    Sse.Event first = sse.next();
    assertEquals("Hello", first.json().get("delta").asText());
    CompletableFuture<Sse.Event> second = CompletableFuture.supplyAsync(sse::next);
    assertThrows(TimeoutException.class, () -> second.get(300, TimeUnit.MILLISECONDS));

    release.countDown();
    assertEquals(" big", second.get(10, TimeUnit.SECONDS).json().get("delta").asText());
    String last = null;
    for (Sse.Event event = sse.next(); event != null; event = sse.next()) {
      last = event.name();
    }
    assertEquals("response.completed", last);
  }

  @Test
  void pauseDelaysTheRestOfTheStream() {
    server.enqueue(
        FakeResponse.textBuilder("Hello big world").pause(Duration.ofMillis(400)).build());
    HttpResponse<InputStream> response =
        Http.postStreaming(server, "chat/completions", Http.chatBody("m", "i", "x", true, false));
    Sse sse = new Sse(response.body());

    sse.next(); // role
    assertEquals("Hello", content(sse.next()));
    long start = System.nanoTime();
    assertEquals(" big", content(sse.next()));
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(350));
  }

  @Test
  void cutConnectionTruncatesTheBodyAfterTheFirstDelta() throws IOException {
    // The latch lets the client read the delta first: the JDK client drops bytes it has
    // buffered but not yet handed out once it sees the connection fail.
    CountDownLatch cut = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(cut).cutConnection().build());
    HttpResponse<InputStream> response =
        Http.postStreaming(server, "chat/completions", Http.chatBody("m", "i", "x", true, false));

    try (InputStream body = response.body()) {
      Sse sse = new Sse(body);
      sse.next();
      assertEquals("Hello", content(sse.next()));
      cut.countDown();
      UncheckedIOException e = assertThrows(UncheckedIOException.class, sse::next);
      assertTrue(String.valueOf(e.getCause().getCause()).contains("chunked"), e.toString());
    }
  }

  @Test
  void cutConnectionIsAnIoExceptionForABufferingClient() {
    server.enqueue(FakeResponse.textBuilder("Hello big world").afterDelta(2).cutConnection().build());

    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)));
    assertNotNull(e.getCause());
  }

  @Test
  void cutBeforeAnyWriteDropsTheConnectionWithoutAResponse() {
    server.enqueue(FakeResponse.builder().cutConnection().build());

    assertThrows(
        UncheckedIOException.class,
        () -> Http.post(server, "responses", Http.responsesBody("m", "i", "x", false)));
  }

  @Test
  void endBodyEndsTheStreamCleanlyWithoutItsTerminalEvent() {
    server.enqueue(FakeResponse.textBuilder("Hello big world").afterDelta(2).endBody().build());
    List<Sse.Event> events =
        Sse.parse(Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body());

    assertEquals(6, events.size());
    assertEquals(" big", events.get(5).json().get("delta").asText());
  }

  @Test
  void afterDeltaZeroRunsStepsBeforeTheFirstDelta() {
    server.enqueue(FakeResponse.textBuilder("Hello").afterDelta(0).write(": ping\n\n").build());
    String body = Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", true, false)).body();

    assertTrue(body.indexOf(": ping") < body.indexOf("\"Hello\""), body);
    assertTrue(body.indexOf(": ping") > body.indexOf("\"role\""), body);
  }

  @Test
  void stepsAfterMoreDeltasThanTheTextHasRunAfterTheLast() {
    server.enqueue(FakeResponse.textBuilder("Hi").afterDelta(5).endBody().build());
    String body = Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", true, false)).body();

    assertTrue(body.contains("\"Hi\""));
    assertFalse(body.contains("[DONE]"));
  }

  @Test
  void streamErrorOnResponsesIsAFlatErrorEventThenResponseFailed() {
    server.enqueue(
        FakeResponse.textBuilder("Hello world")
            .streamError("insufficient_quota", "insufficient_quota", "You exceeded your quota")
            .build());
    List<Sse.Event> events =
        Sse.parse(Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body());

    assertEquals(7, events.size());
    JsonNode error = events.get(5).json();
    assertEquals("error", events.get(5).name());
    assertEquals(5, error.get("sequence_number").asInt());
    assertEquals("insufficient_quota", error.get("code").asText());
    assertEquals("You exceeded your quota", error.get("message").asText());
    assertTrue(error.get("param").isNull());
    assertFalse(error.has("error"), "the spec's flat shape: the SDKs throw on a top-level error key");
    JsonNode failed = events.get(6).json();
    assertEquals("response.failed", failed.get("type").asText());
    assertEquals(6, failed.get("sequence_number").asInt());
    assertEquals("insufficient_quota", failed.get("response").get("error").get("code").asText());
  }

  @Test
  void streamErrorNestedOnResponsesIsTheRecordedShapeThenResponseFailed() {
    server.enqueue(
        FakeResponse.textBuilder("Hello world")
            .streamErrorNested("insufficient_quota", "insufficient_quota", "You exceeded your quota")
            .build());
    List<Sse.Event> events =
        Sse.parse(Http.post(server, "responses", Http.responsesBody("m", "i", "x", true)).body());

    assertEquals(7, events.size());
    JsonNode error = events.get(5).json();
    assertEquals("error", events.get(5).name());
    assertEquals(5, error.get("sequence_number").asInt());
    assertEquals("insufficient_quota", error.get("error").get("code").asText());
    assertEquals("You exceeded your quota", error.get("error").get("message").asText());
    JsonNode failed = events.get(6).json();
    assertEquals("response.failed", failed.get("type").asText());
    assertEquals("failed", failed.get("response").get("status").asText());
    assertEquals("insufficient_quota", failed.get("response").get("error").get("code").asText());
  }

  @Test
  void streamErrorOnChatIsADataErrorWithoutDone() {
    server.enqueue(
        FakeResponse.textBuilder("Hello world").streamError("server_error", null, "Sorry").build());
    String body = Http.post(server, "chat/completions", Http.chatBody("m", "i", "x", true, true)).body();

    assertTrue(
        body.endsWith(
            "data: {\"error\":{\"message\":\"Sorry\",\"type\":\"server_error\",\"param\":null,\"code\":null}}\n\n"),
        body);
    assertFalse(body.contains("[DONE]"));
  }

  @Test
  void sendHeadersLetsTheClientHoldAResponseWhoseBodyIsToCome() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(
        FakeResponse.builder()
            .header("x-request-id", "req_early")
            .sendHeaders()
            .await(release)
            .write("data: [DONE]\n\n")
            .build());
    HttpResponse<InputStream> response =
        Http.postStreaming(server, "chat/completions", Http.chatBody("m", "i", "x", true, false));

    assertEquals("req_early", response.headers().firstValue("x-request-id").orElseThrow());
    release.countDown();
    try (InputStream body = response.body()) {
      assertEquals("data: [DONE]\n\n", new String(body.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void pauseBeforeAnyWriteDelaysTheHeaders() {
    server.enqueue(FakeResponse.builder().pause(Duration.ofMillis(300)).write("data: [DONE]\n\n").build());
    long start = System.nanoTime();
    Http.postStreaming(server, "chat/completions", Http.chatBody("m", "i", "x", true, false));

    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(250));
  }

  @Test
  void nonStreamedTextRunsItsStepsBeforeTheJsonBody() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("Late").await(release).build());
    CompletableFuture<HttpResponse<String>> response =
        CompletableFuture.supplyAsync(
            () -> Http.post(server, "responses", Http.responsesBody("m", "i", "x", false)));

    assertThrows(TimeoutException.class, () -> response.get(300, TimeUnit.MILLISECONDS));
    release.countDown();
    assertEquals("Late", WireShapesTest.outputText(Http.json(response.get(10, TimeUnit.SECONDS).body())));
  }

  @Test
  void wholeBodyKeepsItsContentTypeAndLength() {
    server.enqueue(
        FakeResponse.builder()
            .status(502)
            .header("content-type", "text/html")
            .body("<html>Bad gateway</html>")
            .build());
    HttpResponse<String> response =
        Http.post(server, "responses", Http.responsesBody("m", "i", "x", false));

    assertEquals(502, response.statusCode());
    assertEquals("text/html", response.headers().firstValue("content-type").orElseThrow());
    assertEquals("24", response.headers().firstValue("content-length").orElseThrow());
    assertEquals("<html>Bad gateway</html>", response.body());
  }

  @Test
  void statusWithoutBodyDropsWhatTheScriptWrites() {
    server.enqueue(FakeResponse.builder().status(204).write("ignored").build());
    HttpResponse<String> response =
        Http.post(server, "responses", Http.responsesBody("m", "i", "x", false));

    assertEquals(204, response.statusCode());
    assertEquals("", response.body());
  }

  @Test
  void builderRefusesContradictions() {
    assertThrows(
        IllegalStateException.class, () -> FakeResponse.builder().write("x").body("y"));
    assertThrows(
        IllegalStateException.class, () -> FakeResponse.builder().body("y").write("x"));
    assertThrows(
        IllegalStateException.class, () -> FakeResponse.builder().cutConnection().write("x"));
    assertThrows(IllegalStateException.class, () -> FakeResponse.builder().afterDelta(1));
    assertThrows(IllegalStateException.class, () -> FakeResponse.textBuilder("t").body("y"));
    assertThrows(
        IllegalArgumentException.class, () -> FakeResponse.builder().header("content-length", "3"));
    assertThrows(IllegalArgumentException.class, () -> FakeResponse.builder().header("x", "a\nb"));
    assertThrows(IllegalArgumentException.class, () -> FakeResponse.builder().status(99));
  }

  @Test
  void aResponseCanBeEnqueuedMoreThanOnce() {
    FakeResponse twice = FakeResponse.text("Same");
    server.enqueue(twice);
    server.enqueue(twice);
    for (int i = 0; i < 2; i++) {
      JsonNode body = Http.json(Http.post(server, "responses", Http.responsesBody("m", "i", "x", false)).body());
      assertEquals("Same", WireShapesTest.outputText(body));
    }
  }

  private static String content(Sse.Event event) {
    return event.json().get("choices").get(0).get("delta").get("content").asText();
  }
}
