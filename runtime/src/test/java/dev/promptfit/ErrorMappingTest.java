package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HTTP errors and in-stream errors become the documented exceptions, with the server's words. */
class ErrorMappingTest {
  private static final String KEY = "sk-canary-" + UUID.randomUUID();

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.apiKey(KEY).maxRetries(0));

  private void enqueueError(int code, String contentType, String body) {
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", contentType)
                .addHeader("x-request-id", "req_42")
                .body(body)
                .build());
  }

  /** The failure of a Chat call of {@code shape} whose response is the SSE body {@code sse}. */
  private StreamException chatStreamFailure(Shape shape, String sse) {
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .addHeader("Content-Type", "text/event-stream")
                .body(sse)
                .build());
    return assertThrows(
        StreamException.class,
        () ->
            shape.run(
                served.assistant(), "q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).build()));
  }

  @Test
  void statusesMapToTheirExceptions() {
    List<Class<? extends ApiException>> expected =
        List.of(
            BadRequestException.class,
            AuthenticationException.class,
            PermissionDeniedException.class,
            NotFoundException.class,
            RateLimitException.class,
            ServerException.class,
            ApiException.class);
    int[] codes = {400, 401, 403, 404, 429, 503, 422};
    for (int i = 0; i < codes.length; i++) {
      enqueueError(codes[i], "application/json", Bodies.error("went wrong " + i, "t", "c" + i));
      ApiException e =
          assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()));
      assertEquals(expected.get(i), e.getClass(), "HTTP " + codes[i]);
      assertEquals(codes[i], e.statusCode());
      assertEquals("c" + i, e.errorCode().orElseThrow());
      assertEquals("t", e.errorType().orElseThrow());
      assertEquals("req_42", e.requestId().orElseThrow());
      assertTrue(e.getMessage().startsWith("TestAssistant.text: went wrong " + i), e.getMessage());
    }
  }

  @Test
  void anEchoedKeyIsRedacted() {
    enqueueError(
        401,
        "application/json",
        Bodies.error(
            "Incorrect API key provided: " + KEY, "invalid_request_error", "invalid_api_key"));
    AuthenticationException e =
        assertThrows(
            AuthenticationException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertFalse(e.getMessage().contains(KEY), e.getMessage());
    assertFalse(e.toString().contains(KEY));
    assertTrue(e.getMessage().contains("[redacted]"), e.getMessage());
  }

  @Test
  void notFoundOnResponsesHintsAtChatCompletions() {
    enqueueError(404, "application/json", "{\"detail\":\"Not Found\"}");
    NotFoundException e =
        assertThrows(
            NotFoundException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(e.getMessage().contains("Not Found"), e.getMessage());
    assertTrue(e.getMessage().contains("defaultApi(Api.CHAT_COMPLETIONS)"), e.getMessage());
  }

  @Test
  void notFoundOnAPinnedResponsesMethodHintsAtTheMethodNotTheClient() {
    enqueueError(404, "application/json", "{\"detail\":\"Not Found\"}");
    CallOptions pinned = CallOptions.builder().api(Api.RESPONSES).build();
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> served.assistant().text("q", pinned));
    assertFalse(e.getMessage().contains("defaultApi("), e.getMessage());
    assertTrue(e.getMessage().contains("Api.CHAT_COMPLETIONS"), e.getMessage());
  }

  @Test
  void notFoundOnAMethodThatPinsResponsesItselfHintsAtTheMethodNotTheClient() {
    // Issue 12, item 4: the method's own api (its @Model), not CallOptions, chose the endpoint.
    enqueueError(404, "application/json", "{\"detail\":\"Not Found\"}");
    PinnedAssistant pinned = served.promptfit().create(PinnedAssistant.class);
    NotFoundException e = assertThrows(NotFoundException.class, () -> pinned.text("q"));
    assertTrue(e.getMessage().startsWith("PinnedAssistant.text: Not Found"), e.getMessage());
    assertFalse(e.getMessage().contains("defaultApi("), e.getMessage());
    assertTrue(e.getMessage().contains("Api.CHAT_COMPLETIONS"), e.getMessage());
  }

  @Test
  void notFoundOnChatHasNoEndpointHint() {
    enqueueError(404, "application/json", "{\"detail\":\"Not Found\"}");
    CallOptions chat = CallOptions.builder().api(Api.CHAT_COMPLETIONS).build();
    NotFoundException e =
        assertThrows(NotFoundException.class, () -> served.assistant().text("q", chat));
    assertFalse(e.getMessage().contains("Api.CHAT_COMPLETIONS"), e.getMessage());
  }

  @Test
  void otherErrorShapesStillSayWhatHappened() {
    enqueueError(500, "application/json", "{\"error\":\"model crashed\"}");
    assertTrue(
        assertThrows(ServerException.class, () -> served.assistant().text("q", CallOptions.none()))
            .getMessage()
            .contains("model crashed"));
    enqueueError(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>");
    ServerException html =
        assertThrows(ServerException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(html.getMessage().contains("502 Bad Gateway"), html.getMessage());
    assertTrue(html.getMessage().contains("HTTP 502"), html.getMessage());
    enqueueError(400, "application/json", "{\"message\":\"bad thing\"}");
    assertTrue(
        assertThrows(
                BadRequestException.class, () -> served.assistant().text("q", CallOptions.none()))
            .getMessage()
            .contains("bad thing"));
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .code(429)
                .addHeader("retry-after", "7")
                .body(Bodies.error("slow down", "requests", "rate_limit_exceeded"))
                .build());
    RateLimitException e =
        assertThrows(
            RateLimitException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
  }

  @ParameterizedTest
  @EnumSource(
      value = Shape.class,
      names = {"STREAM", "PUBLISHER", "REPLY_STREAM"})
  void errorsBeforeTheStreamOpensAreApiExceptions(Shape shape) {
    enqueueError(401, "application/json", Bodies.error("bad key", "invalid_request_error", "k"));
    assertThrows(
        AuthenticationException.class,
        () ->
            shape.run(
                served.assistant(), "q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).build()));
  }

  @Test
  void jsonErrorWithStatus200ToAStreamingRequestIsNotASilentEmptyStream() {
    enqueueError(200, "application/json", Bodies.error("quota", "insufficient_quota", "q1"));
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> Shape.STREAM.run(served.assistant(), "q", CallOptions.none()));
    assertTrue(e.getMessage().contains("quota"), e.getMessage());
    assertTrue(e.getMessage().startsWith("TestAssistant.stream: "), e.getMessage());
  }

  @Test
  void htmlWithStatus200IsAClearError() {
    enqueueError(200, "text/html", "<html>Login to the proxy</html>");
    ApiException e =
        assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(
      value = Shape.class,
      names = {"STREAM", "PUBLISHER", "REPLY_STREAM"})
  void midStreamErrorsComeAfterTheDeltas(Shape shape) {
    String sse =
        Bodies.data(
                "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"partial\"}}]}")
            + Bodies.data(
                "{\"error\":{\"message\":\"The server had an error\",\"type\":\"server_error\","
                    + "\"param\":null,\"code\":null}}");
    StreamException e = chatStreamFailure(shape, sse);
    assertTrue(e.getMessage().contains("The server had an error"), e.getMessage());
    assertEquals("partial", e.partialText());
  }

  @ParameterizedTest
  @EnumSource(
      value = Shape.class,
      names = {"STREAM", "PUBLISHER", "REPLY_STREAM"})
  void aChatChunkWithABareErrorKeepsTheMessageBesideIt(Shape shape) {
    String sse =
        Bodies.data(
                "{\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\"partial\"}}]}")
            + Bodies.data("{\"message\":\"upstream model overloaded\",\"error\":\"Bad Gateway\"}");
    StreamException e = chatStreamFailure(shape, sse);
    assertTrue(e.getMessage().contains("Bad Gateway: upstream model overloaded"), e.getMessage());
    assertEquals("partial", e.partialText());
  }

  @Test
  void aChatStreamOfNoChoiceAtAllIsAnErrorNotAnEmptyAnswer() {
    String sse =
        Bodies.data("{\"id\":\"c\",\"choices\":[]}")
            + Bodies.data(
                "{\"id\":\"c\",\"choices\":[],\"usage\":{\"prompt_tokens\":3,"
                    + "\"completion_tokens\":0,\"total_tokens\":3}}")
            + Bodies.data("[DONE]");
    StreamException e = chatStreamFailure(Shape.STREAM, sse);
    assertTrue(
        e.getMessage().contains("Chat stream ended with [DONE] and no choice in any chunk"),
        e.getMessage());
  }

  @Test
  void aStreamThatEndsWithoutItsTerminalEventFails() {
    String sse = Bodies.responsesStream("a", "b");
    String cut = sse.substring(0, sse.indexOf("event: response.completed"));
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .addHeader("Content-Type", "text/event-stream")
                .body(cut)
                .build());
    StreamException e =
        assertThrows(
            StreamException.class,
            () -> Shape.STREAM.run(served.assistant(), "q", CallOptions.none()));
    assertEquals("ab", e.partialText());
  }

  @Test
  void connectionRefusedNamesTheHost() throws Exception {
    int port = served.server().getPort();
    served.server().close();
    PromptfitException e =
        assertThrows(
            PromptfitException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(e.getMessage().contains(":" + port), e.getMessage());
    assertInstanceOf(java.io.IOException.class, e.getCause());
  }
}
