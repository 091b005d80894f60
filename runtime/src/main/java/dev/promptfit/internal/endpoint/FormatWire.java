package dev.promptfit.internal.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptfit.internal.request.InputNote;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.OutputFormat;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Not API. The wire forms of a typed answer's response format (FEATURES.md section 1):
 *
 * <ul>
 *   <li>Responses, flat: {@code "text": {"format": {"type": "json_schema", "name", "schema",
 *       "strict": true}}}, or {@code {"type": "json_object"}};
 *   <li>Chat, nested: {@code "response_format": {"type": "json_schema", "json_schema": {"name",
 *       "schema", "strict": true}}}, or {@code {"type": "json_object"}}.
 * </ul>
 *
 * <p>Outside {@code json_schema} the schema travels in the prompt's user message instead ({@link
 * #items}). A request that offers tools and asks for {@code json_schema} also sends {@code
 * parallel_tool_calls: false}: OpenAI documents structured output as not compatible with parallel
 * function calls. Each field is left to {@code extraBody} when it sets the same key.
 */
final class FormatWire {
  private FormatWire() {}

  /**
   * The request's items as the endpoint writes them: the user message its {@link InputNote} names
   * carries the note's text (a typed answer's schema, outside {@code json_schema}).
   */
  static List<Item> items(LlmRequest r) {
    InputNote note = r.inputNote();
    if (note == null) {
      return r.items();
    }
    List<Item> items = new ArrayList<>(r.items());
    for (int i = 0; i < items.size(); i++) {
      if (items.get(i) == note.message()) {
        items.set(i, note.applied());
      }
    }
    return items;
  }

  /** Writes Responses {@code text.format}, if the request asks for a format. */
  static void responses(JsonGenerator g, LlmRequest r, Map<String, Object> extra)
      throws IOException {
    OutputFormat format = r.outputFormat();
    if (format == null || extra.containsKey("text")) {
      return;
    }
    g.writeObjectFieldStart("text");
    g.writeObjectFieldStart("format");
    g.writeStringField("type", format.type());
    if (format.isSchema()) {
      schema(g, format);
    }
    g.writeEndObject();
    g.writeEndObject();
    parallelToolCalls(g, r, extra);
  }

  /** Writes Chat {@code response_format}, if the request asks for a format. */
  static void chat(JsonGenerator g, LlmRequest r, Map<String, Object> extra) throws IOException {
    OutputFormat format = r.outputFormat();
    if (format == null || extra.containsKey("response_format")) {
      return;
    }
    g.writeObjectFieldStart("response_format");
    g.writeStringField("type", format.type());
    if (format.isSchema()) {
      g.writeObjectFieldStart("json_schema");
      schema(g, format);
      g.writeEndObject();
    }
    g.writeEndObject();
    parallelToolCalls(g, r, extra);
  }

  private static void schema(JsonGenerator g, OutputFormat format) throws IOException {
    g.writeStringField("name", format.name());
    g.writeFieldName("schema");
    g.writeRawValue(format.schema());
    g.writeBooleanField("strict", true);
  }

  private static void parallelToolCalls(JsonGenerator g, LlmRequest r, Map<String, Object> extra)
      throws IOException {
    OutputFormat format = r.outputFormat();
    if (format != null
        && format.isSchema()
        && !r.tools().isEmpty()
        && !extra.containsKey("tools")
        && !extra.containsKey("parallel_tool_calls")) {
      g.writeBooleanField("parallel_tool_calls", false);
    }
  }
}
