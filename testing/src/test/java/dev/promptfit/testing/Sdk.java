package dev.promptfit.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.ObjectMappers;
import com.openai.core.http.StreamResponse;
import com.openai.helpers.ChatCompletionAccumulator;
import com.openai.helpers.ResponseAccumulator;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseStreamEvent;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official OpenAI Java SDK pointed at a fake server, with the SDK's own {@code validate()}
 * applied to everything it parses: the proof that what the fake sends is what the SDKs expect.
 */
final class Sdk {
  private Sdk() {}

  /** A client that validates every response it parses and never retries. */
  static OpenAIClient client(FakeLlmServer server) {
    return OpenAIOkHttpClient.builder()
        .baseUrl(server.url())
        .apiKey("sk-test")
        .maxRetries(0)
        .responseValidation(true)
        .build();
  }

  static ResponseCreateParams.Builder responses(String input) {
    return ResponseCreateParams.builder().model("gpt-5-mini").instructions("Be terse.").input(input);
  }

  static ChatCompletionCreateParams.Builder chat(String input) {
    return ChatCompletionCreateParams.builder()
        .model("gpt-4o-mini")
        .addSystemMessage("Be terse.")
        .addUserMessage(input)
        .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
  }

  /** A Responses stream read to its end through the SDK's streaming API. */
  record ResponsesStream(List<ResponseStreamEvent> events, ResponseAccumulator accumulator) {
    /** The final Response the accumulator took from the terminal event, validated. */
    Response response() {
      return accumulator.response().validate();
    }

    /** The Response the accumulator rebuilt from the deltas alone, validated. */
    Response reconstructed() {
      return accumulator.reconstructedResponse().validate();
    }

    List<String> types() {
      List<String> types = new ArrayList<>();
      for (ResponseStreamEvent event : events) {
        types.add(type(event));
      }
      return types;
    }
  }

  /** Every event validated and accumulated. */
  static ResponsesStream stream(OpenAIClient client, ResponseCreateParams params) {
    try (StreamResponse<ResponseStreamEvent> stream = client.responses().createStreaming(params)) {
      return collect(stream.stream());
    }
  }

  static ResponsesStream collect(Stream<ResponseStreamEvent> stream) {
    ResponseAccumulator accumulator = ResponseAccumulator.createWithSnapshots();
    List<ResponseStreamEvent> events = new ArrayList<>();
    stream.forEach(
        event -> {
          event.validate();
          accumulator.accumulate(event);
          events.add(event);
        });
    return new ResponsesStream(events, accumulator);
  }

  /** A Chat stream read to its end: chunks validated and accumulated. */
  record ChatStream(List<ChatCompletionChunk> chunks, ChatCompletion completion) {}

  static ChatStream streamChat(OpenAIClient client, ChatCompletionCreateParams params) {
    ChatCompletionAccumulator accumulator = ChatCompletionAccumulator.create();
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (StreamResponse<ChatCompletionChunk> stream = client.chat().completions().createStreaming(params)) {
      stream.stream()
          .forEach(
              chunk -> {
                chunk.validate();
                accumulator.accumulate(chunk);
                chunks.add(chunk);
              });
    }
    return new ChatStream(chunks, accumulator.chatCompletion().validate());
  }

  /** An event's {@code type}, read back from the SDK's own serialisation of what it parsed. */
  static String type(ResponseStreamEvent event) {
    return json(event).get("type").asText();
  }

  /** What the SDK parsed, written back as JSON by the SDK itself. */
  static JsonNode json(Object parsed) {
    try {
      return Http.MAPPER.readTree(ObjectMappers.jsonMapper().writeValueAsString(parsed));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
