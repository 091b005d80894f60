package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.errors.RateLimitException;
import com.openai.errors.SseException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionMessage;
import com.openai.models.chat.completions.ChatCompletionMessageFunctionToolCall;
import com.openai.models.completions.CompletionUsage;
import dev.promptfit.testing.FakeLlmServer.ToolCall;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The official openai-java SDK, pointed at the fake, parses and {@code validate()}s every kind of
 * Chat Completions answer, streamed (every chunk, and the accumulated completion) and not.
 */
class SdkChatTest {
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
    ChatCompletion completion = client.chat().completions().create(Sdk.chat("Say hi").build()).validate();
    assertEquals("Hello world!", message(completion).content().orElseThrow());
    assertEquals(ChatCompletion.Choice.FinishReason.STOP, completion.choices().get(0).finishReason());

    server.enqueueText("Hello world!");
    Sdk.ChatStream stream = Sdk.streamChat(client, Sdk.chat("Say hi").build());
    assertEquals("Hello world!", message(stream.completion()).content().orElseThrow());
    assertEquals(4, stream.completion().usage().orElseThrow().promptTokens());
  }

  @Test
  void json() {
    String json = "{\"vendor\":\"ACME \\\"Ltd\\\"\",\"lines\":[{\"item\":\"bolt\",\"quantity\":3}]}";
    server.enqueueJson(json);
    assertEquals(json, message(client.chat().completions().create(Sdk.chat("x").build())).content().orElseThrow());

    server.enqueueJson(json);
    Sdk.ChatStream stream = Sdk.streamChat(client, Sdk.chat("x").build());
    assertEquals(json, message(stream.completion()).content().orElseThrow());
    assertTrue(stream.chunks().size() > 10, "JSON streams in many fragments");
  }

  @Test
  void refusal() {
    server.enqueueRefusal("I'm sorry, I can't help with that.");
    ChatCompletionMessage whole = message(client.chat().completions().create(Sdk.chat("x").build()));
    assertEquals("I'm sorry, I can't help with that.", whole.refusal().orElseThrow());
    assertFalse(whole.content().isPresent());

    server.enqueueRefusal("I'm sorry, I can't help with that.");
    ChatCompletionMessage streamed = message(Sdk.streamChat(client, Sdk.chat("x").build()).completion());
    assertEquals("I'm sorry, I can't help with that.", streamed.refusal().orElseThrow());
  }

  @Test
  void parallelToolCalls() {
    FakeResponse round =
        FakeResponse.toolCalls(
            ToolCall.of("temperature", "{\"city\":\"Paris\",\"country\":\"FR\"}"),
            ToolCall.of("forecast", "{\"city\":\"Rome\",\"days\":3}").withCallId("call_rome"));
    server.enqueue(round);
    ChatCompletion whole = client.chat().completions().create(Sdk.chat("x").build());
    assertToolRound(whole, 1);

    server.enqueue(round);
    Sdk.ChatStream stream = Sdk.streamChat(client, Sdk.chat("x").build());
    assertToolRound(stream.completion(), 2);
  }

  private static void assertToolRound(ChatCompletion completion, int requestNumber) {
    assertEquals(ChatCompletion.Choice.FinishReason.TOOL_CALLS, completion.choices().get(0).finishReason());
    List<ChatCompletionMessageFunctionToolCall> calls = new ArrayList<>();
    message(completion).toolCalls().orElseThrow().forEach(call -> calls.add(call.asFunction()));
    assertEquals(2, calls.size());
    assertEquals(String.format("call_%08d_0", requestNumber), calls.get(0).id());
    assertEquals("temperature", calls.get(0).function().name());
    assertEquals("{\"city\":\"Paris\",\"country\":\"FR\"}", calls.get(0).function().arguments());
    assertEquals("call_rome", calls.get(1).id());
    assertEquals("forecast", calls.get(1).function().name());
    assertEquals("{\"city\":\"Rome\",\"days\":3}", calls.get(1).function().arguments());
  }

  @Test
  void reasoningContentBeforeTheAnswer() {
    FakeResponse answer = FakeResponse.textBuilder("42").reasoning("Six times seven.").build();
    server.enqueue(answer);
    ChatCompletion whole = client.chat().completions().create(Sdk.chat("x").build());
    assertEquals(
        "Six times seven.",
        message(whole)._additionalProperties().get("reasoning_content").asStringOrThrow());
    assertEquals(4, whole.usage().orElseThrow().completionTokensDetails().orElseThrow().reasoningTokens().orElseThrow());

    server.enqueue(answer);
    Sdk.ChatStream stream = Sdk.streamChat(client, Sdk.chat("x").build());
    StringBuilder reasoning = new StringBuilder();
    for (ChatCompletionChunk chunk : stream.chunks()) {
      for (ChatCompletionChunk.Choice choice : chunk.choices()) {
        var piece = choice.delta()._additionalProperties().get("reasoning_content");
        if (piece != null && piece.asString().isPresent()) {
          reasoning.append(piece.asStringOrThrow());
        }
      }
    }
    assertEquals("Six times seven.", reasoning.toString());
    assertEquals("42", message(stream.completion()).content().orElseThrow());
  }

  @Test
  void scriptedUsageAndFinishReasons() {
    server.enqueue(
        FakeResponse.textBuilder("Some").usage(100, 7).cachedTokens(64).finishReason("length").build());
    ChatCompletion cut = Sdk.streamChat(client, Sdk.chat("x").build()).completion();
    assertEquals(ChatCompletion.Choice.FinishReason.LENGTH, cut.choices().get(0).finishReason());
    CompletionUsage usage = cut.usage().orElseThrow();
    assertEquals(100, usage.promptTokens());
    assertEquals(7, usage.completionTokens());
    assertEquals(107, usage.totalTokens());
    assertEquals(64, usage.promptTokensDetails().orElseThrow().cachedTokens().orElseThrow());

    server.enqueue(FakeResponse.textBuilder("").finishReason("content_filter").responseId("chatcmpl-x").build());
    ChatCompletion filtered = client.chat().completions().create(Sdk.chat("x").build());
    assertEquals(ChatCompletion.Choice.FinishReason.CONTENT_FILTER, filtered.choices().get(0).finishReason());
    assertEquals("chatcmpl-x", filtered.id());
  }

  @Test
  void streamErrorMakesTheSdkThrow() {
    server.enqueue(
        FakeResponse.textBuilder("Hello world").streamError("server_error", null, "Sorry").build());
    SseException e = assertThrows(SseException.class, () -> Sdk.streamChat(client, Sdk.chat("x").build()));
    assertTrue(e.getMessage().contains("Sorry"), e.getMessage());
  }

  @Test
  void httpError() {
    server.enqueueError(429, "Rate limit reached");
    assertThrows(RateLimitException.class, () -> Sdk.streamChat(client, Sdk.chat("x").build()));
  }

  private static ChatCompletionMessage message(ChatCompletion completion) {
    return completion.choices().get(0).message();
  }
}
