package dev.promptfit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Hand-written minimal but well-formed bodies of both endpoints, for tests on MockWebServer. */
final class Bodies {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Bodies() {}

  /** A Responses event stream with these text deltas, ending in response.completed. */
  static String responsesStream(String... deltas) {
    StringBuilder sse = new StringBuilder();
    int seq = 0;
    sse.append(event("response.created", "{\"type\":\"response.created\",\"sequence_number\":"
        + seq++ + ",\"response\":{\"id\":\"resp_1\",\"status\":\"in_progress\"}}"));
    StringBuilder text = new StringBuilder();
    for (String delta : deltas) {
      text.append(delta);
      ObjectNode node = JsonNodeFactory.instance.objectNode();
      node.put("type", "response.output_text.delta").put("sequence_number", seq++)
          .put("item_id", "msg_1").put("output_index", 0).put("content_index", 0)
          .put("delta", delta);
      sse.append(event("response.output_text.delta", node.toString()));
    }
    sse.append(event("response.completed", "{\"type\":\"response.completed\",\"sequence_number\":"
        + seq + ",\"response\":" + responsesObject(text.toString()) + "}"));
    return sse.toString();
  }

  /** A whole (non-streamed) Responses body. */
  static String responsesObject(String text) {
    ObjectNode response = JsonNodeFactory.instance.objectNode();
    response.put("id", "resp_1").put("object", "response").put("status", "completed")
        .put("model", "gpt-test-2026");
    ObjectNode message = response.putArray("output").addObject();
    message.put("type", "message").put("id", "msg_1").put("role", "assistant")
        .put("status", "completed");
    message.putArray("content").addObject().put("type", "output_text").put("text", text)
        .putArray("annotations");
    ObjectNode usage = response.putObject("usage");
    usage.put("input_tokens", 11).put("output_tokens", 7).put("total_tokens", 18);
    usage.putObject("input_tokens_details").put("cached_tokens", 3);
    usage.putObject("output_tokens_details").put("reasoning_tokens", 2);
    return response.toString();
  }

  /** A Chat stream with these content deltas, a usage chunk and [DONE]. */
  static String chatStream(String... deltas) {
    StringBuilder sse = new StringBuilder();
    sse.append(data(chunk("{\"role\":\"assistant\",\"content\":\"\"}", null)));
    for (String delta : deltas) {
      ObjectNode d = JsonNodeFactory.instance.objectNode().put("content", delta);
      sse.append(data(chunk(d.toString(), null)));
    }
    sse.append(data(chunk("{}", "stop")));
    sse.append(data("{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":"
        + "\"gpt-test-2026\",\"choices\":[],\"usage\":" + chatUsage() + "}"));
    sse.append(data("[DONE]"));
    return sse.toString();
  }

  /** A whole (non-streamed) Chat body. */
  static String chatObject(String text) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion\",\"model\":\"gpt-test-2026\","
        + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":"
        + quote(text) + "},\"finish_reason\":\"stop\"}],\"usage\":" + chatUsage() + "}";
  }

  static String error(String message, String type, String code) {
    return "{\"error\":{\"message\":" + quote(message) + ",\"type\":\"" + type
        + "\",\"param\":null,\"code\":\"" + code + "\"}}";
  }

  private static String chatUsage() {
    return "{\"prompt_tokens\":11,\"completion_tokens\":7,\"total_tokens\":18,"
        + "\"prompt_tokens_details\":{\"cached_tokens\":3},"
        + "\"completion_tokens_details\":{\"reasoning_tokens\":2}}";
  }

  private static String chunk(String delta, String finishReason) {
    return "{\"id\":\"chatcmpl-1\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-test-2026\","
        + "\"choices\":[{\"index\":0,\"delta\":" + delta + ",\"finish_reason\":"
        + (finishReason == null ? "null" : "\"" + finishReason + "\"") + "}]}";
  }

  static String event(String type, String json) {
    return "event: " + type + "\ndata: " + json + "\n\n";
  }

  static String data(String json) {
    return "data: " + json + "\n\n";
  }

  static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }
}
