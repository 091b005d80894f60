package dev.promptfit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptfit.annotation.Api;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * Bodies of model responses that call tools, on both endpoints, streamed (the event sequences the
 * recorded OpenAI streams show) and whole. A round's usage is 5 in, 3 out, 8 total, 1 cached, 1
 * reasoning, so that sums over rounds are visible.
 */
final class ToolBodies {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  /** One call: its id, tool name and arguments, streamed in {@code pieces}. */
  record Call(String id, String name, String... pieces) {
    String arguments() {
      return String.join("", pieces);
    }
  }

  static Call call(String id, String name, String arguments) {
    // Cut in pieces of up to 7 chars, as argument deltas come.
    List<String> pieces = new ArrayList<>();
    for (int i = 0; i < arguments.length(); i += 7) {
      pieces.add(arguments.substring(i, Math.min(arguments.length(), i + 7)));
    }
    return new Call(id, name, pieces.toArray(String[]::new));
  }

  /** What one response says: text before the calls, reasoning, the calls. */
  record Round(String text, String reasoning, List<Call> calls) {}

  static Round round(String text, String reasoning, Call... calls) {
    return new Round(text, reasoning, List.of(calls));
  }

  /** The response to the request, in the shape the request asked for. */
  static MockResponse response(Api api, boolean streaming, Round round) {
    String body;
    if (api == Api.RESPONSES) {
      body = streaming ? responsesStream(round) : responsesObject(round).toString();
    } else {
      body = streaming ? chatStream(round) : chatObject(round);
    }
    return new MockResponse.Builder()
        .addHeader("Content-Type", streaming ? "text/event-stream" : "application/json")
        .body(body)
        .build();
  }

  /** A final answer of {@code deltas}, as {@link Bodies} writes it (usage 11/7/18/3/2). */
  static MockResponse answer(Api api, boolean streaming, String... deltas) {
    String text = String.join("", deltas);
    String body =
        api == Api.RESPONSES
            ? (streaming ? Bodies.responsesStream(deltas) : Bodies.responsesObject(text))
            : (streaming ? Bodies.chatStream(deltas) : Bodies.chatObject(text));
    return new MockResponse.Builder()
        .addHeader("Content-Type", streaming ? "text/event-stream" : "application/json")
        .body(body)
        .build();
  }

  // Responses

  static String responsesStream(Round round) {
    StringBuilder sse = new StringBuilder();
    int[] seq = {0};
    ObjectNode created = JSON.objectNode().put("type", "response.created");
    created.putObject("response").put("id", "resp_t").put("status", "in_progress");
    sse.append(event(created, seq));
    int index = 0;
    if (!round.reasoning().isEmpty()) {
      ObjectNode added = reasoningItem("enc-partial");
      sse.append(event(itemEvent("response.output_item.added", index, added), seq));
      sse.append(event(itemEvent("response.output_item.done", index, reasoningItem("enc-full")), seq));
      index++;
    }
    if (!round.text().isEmpty()) {
      ObjectNode empty = messageItem("", "in_progress");
      sse.append(event(itemEvent("response.output_item.added", index, empty), seq));
      ObjectNode delta =
          JSON.objectNode()
              .put("type", "response.output_text.delta")
              .put("item_id", "msg_t")
              .put("output_index", index)
              .put("content_index", 0)
              .put("delta", round.text());
      sse.append(event(delta, seq));
      sse.append(
          event(itemEvent("response.output_item.done", index, messageItem(round.text(), "completed")), seq));
      index++;
    }
    for (Call call : round.calls()) {
      sse.append(event(itemEvent("response.output_item.added", index, functionCall(call, "", "in_progress")), seq));
      for (String piece : call.pieces()) {
        ObjectNode delta =
            JSON.objectNode()
                .put("type", "response.function_call_arguments.delta")
                .put("item_id", "fc_" + call.id())
                .put("output_index", index)
                .put("delta", piece);
        sse.append(event(delta, seq));
      }
      ObjectNode done =
          JSON.objectNode()
              .put("type", "response.function_call_arguments.done")
              .put("item_id", "fc_" + call.id())
              .put("output_index", index)
              .put("arguments", call.arguments());
      sse.append(event(done, seq));
      sse.append(
          event(
              itemEvent(
                  "response.output_item.done", index, functionCall(call, call.arguments(), "completed")),
              seq));
      index++;
    }
    ObjectNode completed = JSON.objectNode().put("type", "response.completed");
    completed.set("response", responsesObject(round));
    sse.append(event(completed, seq));
    return sse.toString();
  }

  static ObjectNode responsesObject(Round round) {
    ObjectNode response =
        JSON.objectNode()
            .put("id", "resp_t")
            .put("object", "response")
            .put("status", "completed")
            .put("model", "gpt-test-2026");
    ArrayNode output = response.putArray("output");
    if (!round.reasoning().isEmpty()) {
      output.add(reasoningItem("enc-full"));
    }
    if (!round.text().isEmpty()) {
      output.add(messageItem(round.text(), "completed"));
    }
    for (Call call : round.calls()) {
      output.add(functionCall(call, call.arguments(), "completed"));
    }
    ObjectNode usage = response.putObject("usage");
    usage.put("input_tokens", 5).put("output_tokens", 3).put("total_tokens", 8);
    usage.putObject("input_tokens_details").put("cached_tokens", 1);
    usage.putObject("output_tokens_details").put("reasoning_tokens", 1);
    return response;
  }

  private static ObjectNode reasoningItem(String encrypted) {
    ObjectNode item = JSON.objectNode().put("id", "rs_t").put("type", "reasoning");
    item.putArray("summary");
    item.put("encrypted_content", encrypted);
    return item;
  }

  private static ObjectNode messageItem(String text, String status) {
    ObjectNode item =
        JSON.objectNode()
            .put("id", "msg_t")
            .put("type", "message")
            .put("status", status)
            .put("role", "assistant")
            .put("phase", "commentary");
    ArrayNode content = item.putArray("content");
    if (!text.isEmpty()) {
      content.addObject().put("type", "output_text").put("text", text).putArray("annotations");
    }
    return item;
  }

  private static ObjectNode functionCall(Call call, String arguments, String status) {
    ObjectNode item =
        JSON.objectNode()
            .put("id", "fc_" + call.id())
            .put("type", "function_call")
            .put("status", status)
            .put("arguments", arguments);
    if (!call.id().isEmpty()) {
      item.put("call_id", call.id());
    }
    return item.put("name", call.name());
  }

  private static ObjectNode itemEvent(String type, int index, ObjectNode item) {
    ObjectNode event = JSON.objectNode().put("type", type).put("output_index", index);
    event.set("item", item);
    return event;
  }

  private static String event(ObjectNode data, int[] seq) {
    data.put("sequence_number", seq[0]++);
    return "event: " + data.get("type").asText() + "\ndata: " + data + "\n\n";
  }

  // Chat

  static String chatStream(Round round) {
    StringBuilder sse = new StringBuilder();
    sse.append(chunk(JSON.objectNode().put("role", "assistant").putNull("content"), null));
    if (!round.reasoning().isEmpty()) {
      sse.append(chunk(JSON.objectNode().put("reasoning_content", round.reasoning()), null));
    }
    if (!round.text().isEmpty()) {
      sse.append(chunk(JSON.objectNode().put("content", round.text()), null));
    }
    for (int i = 0; i < round.calls().size(); i++) {
      Call call = round.calls().get(i);
      ObjectNode first = JSON.objectNode();
      ObjectNode fragment = first.putArray("tool_calls").addObject().put("index", i);
      if (!call.id().isEmpty()) {
        fragment.put("id", call.id());
      }
      fragment.put("type", "function");
      fragment.putObject("function").put("name", call.name()).put("arguments", "");
      sse.append(chunk(first, null));
      for (String piece : call.pieces()) {
        ObjectNode more = JSON.objectNode();
        more.putArray("tool_calls").addObject().put("index", i).putObject("function").put("arguments", piece);
        sse.append(chunk(more, null));
      }
    }
    sse.append(chunk(JSON.objectNode(), "tool_calls"));
    sse.append(
        "data: {\"id\":\"chatcmpl-t\",\"object\":\"chat.completion.chunk\",\"model\":\"gpt-test-2026\","
            + "\"choices\":[],\"usage\":"
            + chatUsage()
            + "}\n\n");
    sse.append("data: [DONE]\n\n");
    return sse.toString();
  }

  static String chatObject(Round round) {
    ObjectNode root =
        JSON.objectNode()
            .put("id", "chatcmpl-t")
            .put("object", "chat.completion")
            .put("model", "gpt-test-2026");
    ObjectNode choice = root.putArray("choices").addObject().put("index", 0);
    ObjectNode message = choice.putObject("message").put("role", "assistant");
    if (round.text().isEmpty()) {
      message.putNull("content");
    } else {
      message.put("content", round.text());
    }
    if (!round.reasoning().isEmpty()) {
      message.put("reasoning_content", round.reasoning());
    }
    ArrayNode calls = message.putArray("tool_calls");
    for (Call call : round.calls()) {
      ObjectNode c = calls.addObject();
      if (!call.id().isEmpty()) {
        c.put("id", call.id());
      }
      c.put("type", "function");
      c.putObject("function").put("name", call.name()).put("arguments", call.arguments());
    }
    choice.put("finish_reason", "tool_calls");
    try {
      root.set("usage", new ObjectMapper().readTree(chatUsage()));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    return root.toString();
  }

  private static String chatUsage() {
    return "{\"prompt_tokens\":5,\"completion_tokens\":3,\"total_tokens\":8,"
        + "\"prompt_tokens_details\":{\"cached_tokens\":1},"
        + "\"completion_tokens_details\":{\"reasoning_tokens\":1}}";
  }

  private static String chunk(ObjectNode delta, String finishReason) {
    ObjectNode chunk =
        JSON.objectNode()
            .put("id", "chatcmpl-t")
            .put("object", "chat.completion.chunk")
            .put("model", "gpt-test-2026");
    ObjectNode choice = chunk.putArray("choices").addObject().put("index", 0);
    choice.set("delta", delta);
    if (finishReason == null) {
      choice.putNull("finish_reason");
    } else {
      choice.put("finish_reason", finishReason);
    }
    return "data: " + chunk + "\n\n";
  }
}
