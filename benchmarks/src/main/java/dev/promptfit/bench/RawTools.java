package dev.promptfit.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSource;

/**
 * What a hand-written client does for tools, with OkHttp and Jackson trees: the baseline of the
 * tool benchmarks. {@link #loop} is one tool round as the services document it (send the tools,
 * read the calls, run them, send the output items and results back, read the answer); {@link
 * #decode} joins a streamed call's argument deltas by index.
 */
final class RawTools {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonNode PARAMETERS = parameters();

  private RawTools() {}

  private static JsonNode parameters() {
    try {
      return Clients.MAPPER.readTree(
          "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
              + "\"country\":{\"type\":\"string\"}},\"required\":[\"city\",\"country\"],"
              + "\"additionalProperties\":false}");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One call with one tool round: two requests, the tool run between them. Returns the answer. */
  static String loop(OkHttpClient http, String baseUrl, boolean chat, BenchTools tools)
      throws IOException {
    String url = baseUrl + (chat ? "chat/completions" : "responses");
    ObjectNode body = Clients.MAPPER.createObjectNode().put("model", "gpt-5-mini");
    ArrayNode conversation = body.putArray(chat ? "messages" : "input");
    conversation.addObject().put("role", "user").put("content", "What is the weather in Oslo?");
    ObjectNode tool = body.putArray("tools").addObject().put("type", "function");
    ObjectNode function = chat ? tool.putObject("function") : tool;
    function.put("name", "temperature")
        .put("description", "Current temperature in a city, in degrees Celsius.");
    function.set("parameters", PARAMETERS);
    function.put("strict", true);

    JsonNode first = post(http, url, body);
    List<JsonNode> calls = new ArrayList<>();
    if (chat) {
      JsonNode message = first.at("/choices/0/message");
      conversation.add(message);
      message.path("tool_calls").forEach(calls::add);
    } else {
      for (JsonNode item : first.path("output")) {
        conversation.add(item);
        if ("function_call".equals(item.path("type").asText())) {
          calls.add(item);
        }
      }
    }
    for (JsonNode call : calls) {
      JsonNode fn = chat ? call.path("function") : call;
      JsonNode args = Clients.MAPPER.readTree(fn.path("arguments").asText());
      String result =
          Clients.MAPPER.writeValueAsString(
              tools.temperature(args.path("city").asText(), args.path("country").asText()));
      if (chat) {
        conversation.addObject()
            .put("role", "tool").put("tool_call_id", call.path("id").asText()).put("content", result);
      } else {
        conversation.addObject()
            .put("type", "function_call_output")
            .put("call_id", call.path("call_id").asText())
            .put("output", result);
      }
    }
    JsonNode second = post(http, url, body);
    return chat
        ? second.at("/choices/0/message/content").asText()
        : second.at("/output/0/content/0/text").asText();
  }

  private static JsonNode post(OkHttpClient http, String url, ObjectNode body) throws IOException {
    Request request =
        new Request.Builder()
            .url(url)
            .header("Authorization", "Bearer sk-benchmark")
            .post(RequestBody.create(Clients.MAPPER.writeValueAsBytes(body), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      return Clients.MAPPER.readTree(response.body().byteStream());
    }
  }

  /**
   * Reads a streamed tool call: every {@code data:} line as a Jackson tree, argument pieces joined
   * by index. Returns the first call's arguments' length.
   */
  static int decode(OkHttpClient http, String decodeUrl, boolean chat) throws IOException {
    Request request =
        new Request.Builder()
            .url(decodeUrl + (chat ? "chat/completions" : "responses"))
            .post(RequestBody.create("{\"model\":\"gpt-5-mini\",\"stream\":true}", JSON))
            .build();
    List<StringBuilder> arguments = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (Response response = http.newCall(request).execute()) {
      BufferedSource source = response.body().source();
      for (String line; (line = source.readUtf8Line()) != null; ) {
        if (!line.startsWith("data: ")) {
          continue;
        }
        String data = line.substring(6);
        if (data.equals("[DONE]")) {
          break;
        }
        JsonNode event = Clients.MAPPER.readTree(data);
        if (chat) {
          for (JsonNode fragment : event.path("choices").path(0).path("delta").path("tool_calls")) {
            int index = fragment.path("index").asInt();
            while (arguments.size() <= index) {
              arguments.add(new StringBuilder());
              names.add("");
            }
            JsonNode name = fragment.path("function").path("name");
            if (name.isTextual() && names.get(index).isEmpty()) {
              names.set(index, name.asText());
            }
            arguments.get(index).append(fragment.path("function").path("arguments").asText(""));
          }
        } else {
          String type = event.path("type").asText();
          int index = event.path("output_index").asInt();
          if (type.equals("response.output_item.added")) {
            while (arguments.size() <= index) {
              arguments.add(new StringBuilder());
              names.add("");
            }
            names.set(index, event.path("item").path("name").asText());
          } else if (type.equals("response.function_call_arguments.delta")) {
            arguments.get(index).append(event.path("delta").asText());
          } else if (type.equals("response.completed")) {
            break;
          }
        }
      }
    }
    return arguments.get(0).length();
  }
}
