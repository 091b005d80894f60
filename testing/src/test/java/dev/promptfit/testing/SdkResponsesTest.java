package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.errors.BadRequestException;
import com.openai.errors.InternalServerException;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseFunctionToolCall;
import com.openai.models.responses.ResponseReasoningItem;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;
import com.openai.models.responses.ResponseUsage;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The official openai-java SDK, pointed at the fake, parses and {@code validate()}s every kind of
 * Responses answer, streamed (every event, and the accumulator's result both from the terminal
 * event and rebuilt from the deltas) and not.
 */
class SdkResponsesTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final OpenAIClient client = Sdk.client(server);

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void text() {
    server.enqueueText("Hello world!");
    Response response = client.responses().create(Sdk.responses("Say hi").build()).validate();
    assertEquals("Hello world!", Texts.outputText(response));
    assertEquals(ResponseStatus.COMPLETED, response.status().orElseThrow());

    server.enqueueText("Hello world!");
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("Say hi").build());
    assertEquals("Hello world!", Texts.outputText(stream.response()));
    assertEquals("Hello world!", Texts.outputText(stream.reconstructed()));
    assertEquals("response.completed", last(stream.types()));
  }

  @Test
  void jsonStreamsInFragmentsThatCrossStringDelimiters() {
    String json = "{\"city\":\"San Francisco\",\"temperature\":61,\"tags\":[\"fog\",\"bay\"]}";
    server.enqueueJson(json);
    assertEquals(json, Texts.outputText(client.responses().create(Sdk.responses("Weather?").build())));

    server.enqueueJson(json);
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("Weather?").build());
    List<String> deltas = new ArrayList<>();
    for (ResponseStreamEvent event : stream.events()) {
      if (event.isOutputTextDelta()) {
        deltas.add(event.asOutputTextDelta().delta());
      }
    }
    assertEquals(json, String.join("", deltas));
    assertTrue(deltas.contains("\":\""), deltas.toString());
    assertTrue(deltas.contains(" Francisco"), deltas.toString());
    assertEquals(json, Texts.outputText(stream.response()));
    assertEquals(json, Texts.outputText(stream.reconstructed()));
  }

  @Test
  void refusal() {
    server.enqueueRefusal("I'm sorry, I can't help with that.");
    Response response = client.responses().create(Sdk.responses("Bad idea").build());
    assertEquals("I'm sorry, I can't help with that.", Texts.refusal(response));
    assertEquals("", Texts.outputText(response));

    server.enqueueRefusal("I'm sorry, I can't help with that.");
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("Bad idea").build());
    assertTrue(stream.types().contains("response.refusal.delta"));
    assertTrue(stream.types().contains("response.refusal.done"));
    assertEquals("I'm sorry, I can't help with that.", Texts.refusal(stream.response()));
    assertEquals("I'm sorry, I can't help with that.", Texts.refusal(stream.reconstructed()));
  }

  @Test
  void parallelToolCallsWithReasoning() {
    FakeResponse round =
        FakeResponse.toolCallsBuilder(
                ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}"),
                ToolCall.of("temperature", "{\"city\":\"Rome\",\"country\":\"IT\"}").withCallId("call_rome"))
            .reasoning("I need both temperatures.", "gAAAA-opaque")
            .build();
    server.enqueue(round);
    Response response = client.responses().create(Sdk.responses("Warmer?").build());
    assertToolRound(response, 1);

    server.enqueue(round);
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("Warmer?").build());
    assertToolRound(stream.response(), 2);
    assertToolRound(stream.reconstructed(), 2);
    assertEquals(2, stream.types().stream().filter("response.function_call_arguments.done"::equals).count());
    assertTrue(stream.types().contains("response.reasoning_summary_text.delta"));
  }

  private static void assertToolRound(Response response, int requestNumber) {
    assertEquals(List.of("reasoning", "function_call", "function_call"), Texts.itemTypes(response));
    ResponseReasoningItem reasoning = Texts.reasoning(response).get(0);
    assertEquals(String.format("rs_%08d", requestNumber), reasoning.id());
    assertEquals("I need both temperatures.", reasoning.summary().get(0).text());
    assertEquals("gAAAA-opaque", reasoning.encryptedContent().orElseThrow());
    List<ResponseFunctionToolCall> calls = Texts.functionCalls(response);
    assertEquals(String.format("call_%08d_0", requestNumber), calls.get(0).callId());
    assertEquals("call_rome", calls.get(1).callId());
    assertEquals("temperature", calls.get(0).name());
    assertEquals("{\"city\":\"Rome\",\"country\":\"IT\"}", calls.get(1).arguments());
    assertTrue(calls.get(0).id().orElseThrow().startsWith("fc_"));
  }

  @Test
  void toolCallAfterAPreamble() {
    server.enqueue(
        FakeResponse.toolCallsBuilder(ToolCall.of("lookup", "{\"q\":\"x\"}"))
            .preamble("Let me look that up.")
            .build());
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("What is x?").build());

    assertEquals(List.of("message", "function_call"), Texts.itemTypes(stream.response()));
    assertEquals("Let me look that up.", Texts.outputText(stream.reconstructed()));
    assertEquals("lookup", Texts.functionCalls(stream.reconstructed()).get(0).name());
  }

  @Test
  void scriptedUsageIdAndModel() {
    FakeResponse answer =
        FakeResponse.textBuilder("42")
            .reasoning("Think.")
            .usage(1200, 35)
            .cachedTokens(1024)
            .reasoningTokens(20)
            .responseId("resp_custom")
            .model("gpt-5-mini-2025-08-07")
            .build();
    server.enqueue(answer);
    assertScripted(client.responses().create(Sdk.responses("?").build()));
    server.enqueue(answer);
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("?").build());
    assertScripted(stream.response());
    assertScripted(stream.reconstructed());
  }

  private static void assertScripted(Response response) {
    assertEquals("resp_custom", response.id());
    assertEquals("gpt-5-mini-2025-08-07", Sdk.json(response).get("model").asText());
    ResponseUsage usage = response.usage().orElseThrow();
    assertEquals(1200, usage.inputTokens());
    assertEquals(35, usage.outputTokens());
    assertEquals(1235, usage.totalTokens());
    assertEquals(1024, usage.inputTokensDetails().cachedTokens());
    assertEquals(20, usage.outputTokensDetails().reasoningTokens());
  }

  @Test
  void derivedUsageCountsWordsAndDeltas() {
    server.enqueueText("Hello world!");
    ResponseUsage usage =
        client.responses().create(Sdk.responses("Say hi").build()).usage().orElseThrow();
    assertEquals(4, usage.inputTokens()); // "Be terse." + "Say hi"
    assertEquals(3, usage.outputTokens());
    assertEquals(0, usage.inputTokensDetails().cacheWriteTokens());
  }

  @Test
  void lengthAndContentFilterEndIncomplete() {
    server.enqueue(FakeResponse.jsonBuilder("{\"items\":[{\"na").finishReason("length").build());
    Response cut = client.responses().create(Sdk.responses("List").build());
    assertEquals(ResponseStatus.INCOMPLETE, cut.status().orElseThrow());
    assertEquals(
        Response.IncompleteDetails.Reason.MAX_OUTPUT_TOKENS,
        cut.incompleteDetails().orElseThrow().reason().orElseThrow());
    assertEquals("{\"items\":[{\"na", Texts.outputText(cut));

    server.enqueue(FakeResponse.textBuilder("Some").finishReason("content_filter").build());
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("List").build());
    assertEquals("response.incomplete", last(stream.types()));
    assertEquals(
        Response.IncompleteDetails.Reason.CONTENT_FILTER,
        stream.response().incompleteDetails().orElseThrow().reason().orElseThrow());
  }

  @Test
  void failedResponse() {
    server.enqueue(FakeResponse.textBuilder("").responseError("rate_limit_exceeded", "Slow down").build());
    Response failed = client.responses().create(Sdk.responses("x").build());
    assertEquals(ResponseStatus.FAILED, failed.status().orElseThrow());
    assertEquals("Slow down", failed.error().orElseThrow().message());

    server.enqueue(FakeResponse.textBuilder("").responseStatus("failed").build());
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("x").build());
    assertEquals("response.failed", last(stream.types()));
  }

  @Test
  void unfinishedAnswerToARequestWithoutBackgroundParses() {
    server.enqueue(FakeResponse.textBuilder("").responseStatus("in_progress").build());
    Response response = client.responses().create(Sdk.responses("x").build());
    assertEquals(ResponseStatus.IN_PROGRESS, response.status().orElseThrow());
    assertTrue(response.output().isEmpty());
    assertFalse(response.usage().isPresent());
  }

  @Test
  void flatStreamErrorIsAnErrorEventTheSdkParses() {
    server.enqueue(
        FakeResponse.textBuilder("Hello world")
            .streamError("server_error", "server_error", "The server had an error")
            .build());
    List<ResponseStreamEvent> events = new ArrayList<>();
    client.responses().createStreaming(Sdk.responses("x").build()).stream().forEach(e -> events.add(e.validate()));

    ResponseStreamEvent error = events.get(events.size() - 2);
    assertTrue(error.isError());
    assertEquals("server_error", error.asError().code().orElseThrow());
    assertEquals("The server had an error", error.asError().message());
    assertEquals(5, error.asError().sequenceNumber());
    assertTrue(events.get(events.size() - 1).isFailed());
  }

  @Test
  void nestedStreamErrorMakesTheSdkThrow() {
    server.enqueue(
        FakeResponse.textBuilder("Hello world")
            .streamErrorNested("insufficient_quota", "insufficient_quota", "You exceeded your quota")
            .build());
    SseException e =
        assertThrows(SseException.class, () -> Sdk.stream(client, Sdk.responses("x").build()));
    assertTrue(e.getMessage().contains("You exceeded your quota"), e.getMessage());
  }

  @Test
  void httpErrors() {
    server.enqueueError(401, "Incorrect API key provided");
    server.enqueueError(429, "Rate limit reached");
    server.enqueueError(400, "invalid_request_error", "invalid_function_parameters", "Invalid schema");
    server.enqueueError(500, "The server had an error");

    assertThrows(UnauthorizedException.class, () -> client.responses().create(Sdk.responses("x").build()));
    assertThrows(RateLimitException.class, () -> client.responses().create(Sdk.responses("x").build()));
    BadRequestException bad =
        assertThrows(BadRequestException.class, () -> Sdk.stream(client, Sdk.responses("x").build()));
    assertEquals("invalid_function_parameters", bad.code().orElseThrow());
    assertThrows(InternalServerException.class, () -> client.responses().create(Sdk.responses("x").build()));
  }

  @Test
  void echoAnswersWhenNothingIsEnqueued() {
    Sdk.ResponsesStream stream = Sdk.stream(client, Sdk.responses("Bonjour").build());
    assertEquals("Echo: Bonjour", Texts.outputText(stream.response()));
  }

  private static String last(List<String> list) {
    return list.get(list.size() - 1);
  }
}
