package dev.promptfit.internal.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.request.ToolOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Not API. The wire forms of tools on both endpoints: the definitions (always {@code strict:
 * true}), a model output sent back, and tool results.
 *
 * <ul>
 *   <li>Responses: {@code tools: [{type: function, name, description, parameters, strict}]}; a
 *       model output is its output items again, verbatim; a result is {@code {type:
 *       function_call_output, call_id, output}}.
 *   <li>Chat: {@code tools: [{type: function, function: {name, description, parameters,
 *       strict}}]}; a model output is one assistant message with {@code tool_calls} (and {@code
 *       reasoning_content} where the server sent one); a result is {@code {role: tool,
 *       tool_call_id, content}}.
 * </ul>
 */
final class ToolWire {
  private ToolWire() {}

  /** Writes Responses {@code tools}, unless there are none or {@code extraBody} sets them. */
  static void responsesTools(JsonGenerator g, List<ToolDefinition> tools, Map<String, Object> extra)
      throws IOException {
    if (tools.isEmpty() || extra.containsKey("tools")) {
      return;
    }
    g.writeArrayFieldStart("tools");
    for (ToolDefinition tool : tools) {
      g.writeStartObject();
      g.writeStringField("type", "function");
      definition(g, tool);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Writes Chat {@code tools}, unless there are none or {@code extraBody} sets them. */
  static void chatTools(JsonGenerator g, List<ToolDefinition> tools, Map<String, Object> extra)
      throws IOException {
    if (tools.isEmpty() || extra.containsKey("tools")) {
      return;
    }
    g.writeArrayFieldStart("tools");
    for (ToolDefinition tool : tools) {
      g.writeStartObject();
      g.writeStringField("type", "function");
      g.writeObjectFieldStart("function");
      definition(g, tool);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void definition(JsonGenerator g, ToolDefinition tool) throws IOException {
    g.writeStringField("name", tool.name());
    if (!tool.description().isEmpty()) {
      g.writeStringField("description", tool.description());
    }
    g.writeFieldName("parameters");
    g.writeRawValue(tool.parameters());
    g.writeBooleanField("strict", true);
  }

  /** Writes a tool item in its Responses form; false for an item that is not one. */
  static boolean responsesItem(JsonGenerator g, Item item) throws IOException {
    if (item instanceof ModelOutput output) {
      if (!output.items().isEmpty()) {
        for (String json : output.items()) {
          g.writeRawValue(json);
        }
        return true;
      }
      // Output that did not come from a Responses stream: its text and calls, in that order.
      if (!output.text().isEmpty()) {
        g.writeStartObject();
        g.writeStringField("role", "assistant");
        g.writeStringField("content", output.text());
        g.writeEndObject();
      }
      for (StreamEvent.ToolCall call : output.calls()) {
        g.writeStartObject();
        g.writeStringField("type", "function_call");
        g.writeStringField("call_id", call.callId());
        g.writeStringField("name", call.name());
        g.writeStringField("arguments", call.arguments());
        g.writeEndObject();
      }
      return true;
    }
    if (item instanceof ToolOutput result) {
      g.writeStartObject();
      g.writeStringField("type", "function_call_output");
      g.writeStringField("call_id", result.callId());
      g.writeStringField("output", result.output());
      g.writeEndObject();
      return true;
    }
    return false;
  }

  /** Writes a tool item in its Chat form; false for an item that is not one. */
  static boolean chatItem(JsonGenerator g, Item item) throws IOException {
    if (item instanceof ModelOutput output) {
      g.writeStartObject();
      g.writeStringField("role", "assistant");
      if (output.text().isEmpty()) {
        g.writeNullField("content");
      } else {
        g.writeStringField("content", output.text());
      }
      if (output.reasoning() != null) {
        g.writeStringField("reasoning_content", output.reasoning());
      }
      if (!output.calls().isEmpty()) {
        g.writeArrayFieldStart("tool_calls");
        for (StreamEvent.ToolCall call : output.calls()) {
          g.writeStartObject();
          g.writeStringField("id", call.callId());
          g.writeStringField("type", "function");
          g.writeObjectFieldStart("function");
          g.writeStringField("name", call.name());
          // A tool without parameters may have been called with "": an empty object is valid.
          g.writeStringField("arguments", call.arguments().isBlank() ? "{}" : call.arguments());
          g.writeEndObject();
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      g.writeEndObject();
      return true;
    }
    if (item instanceof ToolOutput result) {
      g.writeStartObject();
      g.writeStringField("role", "tool");
      g.writeStringField("tool_call_id", result.callId());
      g.writeStringField("content", result.output());
      g.writeEndObject();
      return true;
    }
    return false;
  }
}
