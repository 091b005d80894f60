package dev.promptfit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * A {@link Dispatcher} that plays an OpenAI-compatible server with its own idea of response formats
 * (FEATURES.md section 6): each format type it lacks is refused with that server's status and error
 * body, and every other request gets the answer as a model in that mode writes it: compact JSON
 * under {@code json_schema}, pretty-printed JSON under {@code json_object} (as JSON mode streams
 * it), and, with no format at all, prose around a Markdown fence. Both endpoints, streamed or not,
 * as the request asks.
 */
final class CompatibleServer extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A refusal: the status and body the server answers a format it lacks with. */
  record Refusal(int status, String body) {}

  /** llama.cpp before {@code json_schema} (2024): a C++ exception, which it answered with 500. */
  static final Refusal LLAMA_CPP_JSON_SCHEMA =
      new Refusal(
          500,
          "{\"error\":{\"code\":500,\"message\":\"response_format type must be one of \\\"text\\\""
              + " or \\\"json_object\\\", but got: json_schema\",\"type\":\"server_error\"}}");

  /** vLLM before {@code json_schema}: pydantic's literal error, in vLLM's flat error body. */
  static final Refusal OLDER_VLLM_JSON_SCHEMA =
      new Refusal(
          400,
          "{\"object\":\"error\",\"message\":\"[{'type': 'literal_error', 'loc': ('body',"
              + " 'response_format', 'type'), 'msg': \\\"Input should be 'text' or"
              + " 'json_object'\\\", 'input': 'json_schema', 'ctx': {'expected': \\\"'text' or"
              + " 'json_object'\\\"}}]\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}");

  /** LM Studio for {@code json_object} (lmstudio-ai/lmstudio-bug-tracker#173). */
  static final Refusal LM_STUDIO_JSON_OBJECT =
      new Refusal(400, "{\"error\":\"'response_format.type' must be 'json_schema'\"}");

  /** OpenAI for a model that predates structured output. */
  static final Refusal OPENAI_OLD_MODEL_JSON_SCHEMA =
      new Refusal(
          400,
          Bodies.error(
              "Invalid parameter: 'response_format' of type 'json_schema' is not supported with"
                  + " this model. Learn more about supported models at the Structured Outputs"
                  + " guide: https://platform.openai.com/docs/guides/structured-outputs",
              "invalid_request_error",
              "invalid_parameter"));

  /** The same for {@code json_object}. */
  static final Refusal OPENAI_OLD_MODEL_JSON_OBJECT =
      new Refusal(
          400,
          Bodies.error(
              "Invalid parameter: 'response_format' of type 'json_object' is not supported with"
                  + " this model.",
              "invalid_request_error",
              "invalid_parameter"));

  private final Map<String, Refusal> refusals = new HashMap<>();
  private final String answer;
  private final List<String> formats = new ArrayList<>();

  /** A server answering {@code answer} (compact JSON) in every format it does not refuse. */
  CompatibleServer(String answer) {
    this.answer = answer;
  }

  /** Refuses format {@code type} ({@code json_schema}, {@code json_object}). */
  CompatibleServer refusing(String type, Refusal refusal) {
    refusals.put(type, refusal);
    return this;
  }

  /** The format type of each request so far, in order; {@code none} for none. */
  synchronized List<String> formats() {
    return List.copyOf(formats);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    JsonNode body;
    try {
      body = JSON.readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    boolean chat = request.getUrl().encodedPath().endsWith("/chat/completions");
    JsonNode format = chat ? body.path("response_format") : body.path("text").path("format");
    String type = format.path("type").asText("none");
    synchronized (this) {
      formats.add(type);
    }
    Refusal refusal = refusals.get(type);
    if (refusal != null) {
      return new MockResponse.Builder()
          .code(refusal.status())
          .addHeader("Content-Type", "application/json")
          .body(refusal.body())
          .build();
    }
    String text =
        switch (type) {
          case "json_schema" -> answer;
          case "json_object" -> pretty(answer);
          default ->
              "Sure! Here is the JSON you asked for:\n\n```json\n" + pretty(answer) + "\n```\n";
        };
    boolean stream = body.path("stream").asBoolean();
    if (!stream) {
      return new MockResponse.Builder()
          .addHeader("Content-Type", "application/json")
          .body(chat ? Bodies.chatObject(text) : Bodies.responsesObject(text))
          .build();
    }
    String[] deltas = pieces(text, 7);
    return new MockResponse.Builder()
        .addHeader("Content-Type", "text/event-stream")
        .body(chat ? Bodies.chatStream(deltas) : Bodies.responsesStream(deltas))
        .build();
  }

  static String pretty(String json) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static String[] pieces(String text, int size) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i += size) {
      out.add(text.substring(i, Math.min(text.length(), i + size)));
    }
    return out.toArray(new String[0]);
  }
}
