package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads the conversation of a request into {@link RecordedItem}s: the Responses {@code input}
 * (a string or an item list) or the Chat {@code messages}. Lenient, as a recorder must be: what
 * it does not know becomes {@link RecordedItem.Other} or {@link RecordedPart.Other}.
 */
final class ItemParser {
  private ItemParser() {}

  static List<RecordedItem> responsesItems(JsonNode input) {
    List<RecordedItem> items = new ArrayList<>();
    if (input.isTextual()) {
      items.add(message("user", List.of(new RecordedPart.Text(null, input.asText())), List.of(), null));
      return items;
    }
    if (!input.isArray()) {
      return items;
    }
    for (JsonNode item : input) {
      String type = Json.text(item, "type");
      if (type == null && item.has("role") || "message".equals(type)) {
        items.add(message(text(item, "role"), parts(item.path("content")), List.of(), null));
      } else if ("function_call".equals(type)) {
        items.add(
            new RecordedItem.FunctionCall(
                Json.text(item, "id"), text(item, "call_id"), text(item, "name"), text(item, "arguments")));
      } else if ("function_call_output".equals(type)) {
        items.add(new RecordedItem.FunctionCallOutput(text(item, "call_id"), output(item.path("output"))));
      } else if ("reasoning".equals(type)) {
        List<String> summary = new ArrayList<>();
        for (JsonNode part : item.path("summary")) {
          String text = Json.text(part, "text");
          if (text != null) {
            summary.add(text);
          }
        }
        items.add(
            new RecordedItem.Reasoning(
                Json.text(item, "id"), summary, Json.text(item, "encrypted_content")));
      } else {
        items.add(new RecordedItem.Other(type, Json.write(item)));
      }
    }
    return items;
  }

  static List<RecordedItem> chatItems(JsonNode messages) {
    List<RecordedItem> items = new ArrayList<>();
    if (!messages.isArray()) {
      return items;
    }
    for (JsonNode message : messages) {
      String role = Json.text(message, "role");
      if ("tool".equals(role)) {
        items.add(
            new RecordedItem.FunctionCallOutput(
                text(message, "tool_call_id"), output(message.path("content"))));
      } else if (role == null || role.equals("function")) {
        items.add(new RecordedItem.Other(role, Json.write(message)));
      } else {
        List<RecordedItem.FunctionCall> calls = new ArrayList<>();
        for (JsonNode call : message.path("tool_calls")) {
          JsonNode function = call.path("function");
          calls.add(
              new RecordedItem.FunctionCall(
                  null, text(call, "id"), text(function, "name"), text(function, "arguments")));
        }
        items.add(
            message(role, parts(message.path("content")), calls, Json.text(message, "reasoning_content")));
      }
    }
    return items;
  }

  /** A content: a string is one text part without a type; a list is read part by part. */
  static List<RecordedPart> parts(JsonNode content) {
    List<RecordedPart> parts = new ArrayList<>();
    if (content.isTextual()) {
      parts.add(new RecordedPart.Text(null, content.asText()));
      return parts;
    }
    for (JsonNode part : content) {
      parts.add(part(part));
    }
    return parts;
  }

  private static RecordedPart part(JsonNode part) {
    String type = Json.text(part, "type");
    String text = Json.text(part, "text");
    // A part without a type is read too: lenient clients send {"text": ...} alone.
    if (text != null
        && (type == null || type.equals("text") || type.equals("input_text") || type.equals("output_text"))) {
      return new RecordedPart.Text(type, text);
    }
    if ("input_image".equals(type)) {
      return new RecordedPart.Image(
          Json.text(part, "image_url"), Json.text(part, "detail"), Json.text(part, "file_id"));
    }
    if ("image_url".equals(type)) {
      JsonNode image = part.path("image_url");
      return image.isTextual()
          ? new RecordedPart.Image(image.asText(), null, null)
          : new RecordedPart.Image(Json.text(image, "url"), Json.text(image, "detail"), null);
    }
    if ("input_file".equals(type)) {
      return new RecordedPart.File(
          Json.text(part, "filename"),
          Json.text(part, "file_data"),
          Json.text(part, "file_url"),
          Json.text(part, "file_id"));
    }
    if ("file".equals(type)) {
      JsonNode file = part.path("file");
      return new RecordedPart.File(
          Json.text(file, "filename"), Json.text(file, "file_data"), null, Json.text(file, "file_id"));
    }
    return new RecordedPart.Other(type, Json.write(part));
  }

  /** A tool output: a string, or parts given as their joined texts, or else as JSON. */
  private static String output(JsonNode output) {
    if (output.isTextual()) {
      return output.asText();
    }
    if (output.isArray()) {
      List<String> texts = new ArrayList<>();
      for (JsonNode part : output) {
        String text = Json.text(part, "text");
        if (text == null) {
          return Json.write(output);
        }
        texts.add(text);
      }
      return String.join("\n", texts);
    }
    return output.isMissingNode() || output.isNull() ? "" : Json.write(output);
  }

  private static RecordedItem.Message message(
      @Nullable String role,
      List<RecordedPart> parts,
      List<RecordedItem.FunctionCall> calls,
      @Nullable String reasoningContent) {
    return new RecordedItem.Message(role == null ? "" : role, parts, calls, reasoningContent);
  }

  /** A field's text, or empty when absent: a recorder keeps what it can. */
  private static String text(JsonNode node, String field) {
    String text = Json.text(node, field);
    return text == null ? "" : text;
  }
}
