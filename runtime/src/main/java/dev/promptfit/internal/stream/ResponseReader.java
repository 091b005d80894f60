package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.promptfit.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads a Responses {@code Response} object into a {@link ResponseSummary} in one
 * streaming pass. The output's texts are read only when asked for (no deltas carried them) and
 * skipped otherwise without being decoded, so a {@code response.completed} that repeats a 100 MB
 * answer costs no memory. Small parts ({@code usage}, {@code error}, {@code incomplete_details})
 * are read as trees.
 *
 * <p>It reads the object as a tree reading would: a repeated field counts once, with its last
 * value; {@code output} and {@code content} may be arrays or, oddly, objects whose values are the
 * elements.
 */
final class ResponseReader {
  private ResponseReader() {}

  /**
   * Reads the object whose {@code START_OBJECT} the parser is on, up to its end. {@code wantText}
   * and {@code wantRefusal} say whether to join the output's text and refusal parts.
   */
  static ResponseSummary read(JsonParser parser, boolean wantText, boolean wantRefusal)
      throws IOException {
    return read(parser, wantText, wantRefusal, false);
  }

  /**
   * {@link #read(JsonParser, boolean, boolean)}, and with {@code wantItems} every output item as a
   * tree too, for a call that offers tools: it sends them back.
   */
  static ResponseSummary read(
      JsonParser parser, boolean wantText, boolean wantRefusal, boolean wantItems)
      throws IOException {
    String id = "";
    String model = "";
    String status = "";
    Usage usage = Usage.NONE;
    JsonNode error = MissingNode.getInstance();
    JsonNode incompleteDetails = MissingNode.getInstance();
    Output output = new Output(wantText, wantRefusal, wantItems);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "id" -> id = string(parser, value);
        case "model" -> model = string(parser, value);
        case "status" -> status = string(parser, value);
        case "usage" -> usage = Usages.responses(EventJson.tree(parser));
        case "error" -> error = EventJson.tree(parser);
        case "incomplete_details" -> incompleteDetails = EventJson.tree(parser);
        case "output" -> {
          output = new Output(wantText, wantRefusal, wantItems);
          output.read(parser, value);
        }
        default -> parser.skipChildren();
      }
    }
    return new ResponseSummary(
        id,
        model,
        status,
        usage,
        error,
        incompleteDetails,
        output.toolCall,
        output.text(),
        output.refusal(),
        output.items);
  }

  private static String string(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return "";
  }

  private static @Nullable String stringOrNull(JsonParser parser, JsonToken value)
      throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }

  /**
   * Moves to the next element of the array or object the parser is in (an object's elements are
   * its values) and returns its first token, or null at the container's end.
   */
  private static @Nullable JsonToken nextElement(JsonParser parser, boolean inObject)
      throws IOException {
    if (inObject) {
      return parser.nextToken() == JsonToken.FIELD_NAME ? parser.nextToken() : null;
    }
    JsonToken token = parser.nextToken();
    return token == JsonToken.END_ARRAY ? null : token;
  }

  /** The {@code output} items: tool calls, and the message parts' texts when asked for. */
  private static final class Output {
    private final @Nullable StringBuilder text;
    private final @Nullable StringBuilder refusal;
    private final boolean wantItems;
    final List<JsonNode> items = new ArrayList<>();
    boolean toolCall;

    Output(boolean wantText, boolean wantRefusal, boolean wantItems) {
      this.text = wantText ? new StringBuilder() : null;
      this.refusal = wantRefusal ? new StringBuilder() : null;
      this.wantItems = wantItems;
    }

    void read(JsonParser parser, JsonToken value) throws IOException {
      if (value != JsonToken.START_ARRAY && value != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return;
      }
      boolean inObject = value == JsonToken.START_OBJECT;
      for (JsonToken item; (item = nextElement(parser, inObject)) != null; ) {
        if (item == JsonToken.START_OBJECT && wantItems) {
          // Kept whole to be sent back, and read again from the tree for its text.
          JsonNode tree = EventJson.tree(parser);
          items.add(tree);
          try (JsonParser again = tree.traverse(EventJson.MAPPER)) {
            again.nextToken();
            readItem(again);
          }
        } else if (item == JsonToken.START_OBJECT) {
          readItem(parser);
        } else {
          parser.skipChildren();
        }
      }
    }

    private void readItem(JsonParser parser) throws IOException {
      String type = null;
      Parts parts = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (field.equals("type")) {
          type = stringOrNull(parser, value);
        } else if (field.equals("content") && (text != null || refusal != null)) {
          parts = new Parts(text != null, refusal != null);
          parts.read(parser, value);
        } else {
          parser.skipChildren();
        }
      }
      if ("function_call".equals(type) || "custom_tool_call".equals(type)) {
        toolCall = true;
      }
      if ("message".equals(type) && parts != null) {
        if (text != null) {
          text.append(parts.text);
        }
        if (refusal != null) {
          refusal.append(parts.refusal);
        }
      }
    }

    String text() {
      return text == null ? "" : text.toString();
    }

    String refusal() {
      return refusal == null ? "" : refusal.toString();
    }
  }

  /** One item's {@code content}: its {@code output_text} and {@code refusal} parts' texts. */
  private static final class Parts {
    final StringBuilder text = new StringBuilder();
    final StringBuilder refusal = new StringBuilder();
    private final boolean wantText;
    private final boolean wantRefusal;

    Parts(boolean wantText, boolean wantRefusal) {
      this.wantText = wantText;
      this.wantRefusal = wantRefusal;
    }

    void read(JsonParser parser, JsonToken value) throws IOException {
      if (value != JsonToken.START_ARRAY && value != JsonToken.START_OBJECT) {
        parser.skipChildren();
        return;
      }
      boolean inObject = value == JsonToken.START_OBJECT;
      for (JsonToken part; (part = nextElement(parser, inObject)) != null; ) {
        if (part == JsonToken.START_OBJECT) {
          readPart(parser);
        } else {
          parser.skipChildren();
        }
      }
    }

    private void readPart(JsonParser parser) throws IOException {
      String type = null;
      String partText = null;
      String partRefusal = null;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        switch (field) {
          case "type" -> type = stringOrNull(parser, value);
          case "text" -> partText = wantText ? stringOrNull(parser, value) : skip(parser);
          case "refusal" -> partRefusal = wantRefusal ? stringOrNull(parser, value) : skip(parser);
          default -> parser.skipChildren();
        }
      }
      if ("output_text".equals(type) && partText != null) {
        text.append(partText);
      }
      if ("refusal".equals(type) && partRefusal != null) {
        refusal.append(partRefusal);
      }
    }

    private static @Nullable String skip(JsonParser parser) throws IOException {
      parser.skipChildren();
      return null;
    }
  }
}
