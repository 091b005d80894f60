package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The parts of one Responses event the decoder acts on, read in one streaming pass by
 * {@link #read} (any event, with Jackson) or by {@link ResponsesEventScanner} (plain delta events).
 * Reused for every event of a stream.
 *
 * <p>Only {@code type}, {@code delta}, {@code sequence_number}, {@code error}, the {@code response}
 * (as a {@link ResponseSummary}) and the fields a flat error event carries are kept, and for a call
 * that offers tools ({@link #wantItems}) the output item fields too; everything else is skipped
 * without being decoded, so events that repeat the whole text ({@code response.output_text.done},
 * {@code response.content_part.done}, {@code response.output_item.done}) cost nothing to read
 * however large they are. A repeated field counts with its last value, as in a tree reading.
 */
final class ResponsesEvent {
  /** Whether output items and function-call fields are read: only for a call that offers tools. */
  private final boolean wantItems;

  ResponsesEventKind kind = ResponsesEventKind.OTHER;

  /** The {@code type} when it is a string but not a known kind; only {@link #read} sets it. */
  @Nullable String otherType;

  /** Whether the data had a string {@code type}. */
  boolean typed;

  @Nullable String delta;

  /** The {@code sequence_number}, or -1 when absent or not an integer. */
  long sequenceNumber = -1;

  /** Whether a top-level {@code error} reports a failure. */
  boolean hasError;

  /** The {@code response}, if it was read: only for events that may end the stream. */
  @Nullable ResponseSummary response;

  // Output item fields, read only with wantItems.
  int outputIndex = -1;
  @Nullable String itemId;
  @Nullable JsonNode item;
  @Nullable String arguments;

  ResponsesEvent() {
    this(false);
  }

  ResponsesEvent(boolean wantItems) {
    this.wantItems = wantItems;
  }

  // The top-level fields of a flat error event, kept as trees for ServerErrors.
  private @Nullable JsonNode error;
  private @Nullable JsonNode message;
  private @Nullable JsonNode code;
  private @Nullable JsonNode param;
  private @Nullable JsonNode typeValue;

  void reset() {
    kind = ResponsesEventKind.OTHER;
    otherType = null;
    typed = false;
    delta = null;
    sequenceNumber = -1;
    hasError = false;
    response = null;
    error = message = code = param = typeValue = null;
    outputIndex = -1;
    itemId = null;
    item = null;
    arguments = null;
  }

  /**
   * Reads the event whose root {@code START_OBJECT} the parser is on. {@code wantText} and {@code
   * wantRefusal} say whether a {@code response}'s output texts are needed.
   */
  void read(JsonParser parser, boolean wantText, boolean wantRefusal) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "type" -> readType(parser, value);
        case "delta" -> {
          if (value == JsonToken.VALUE_STRING) {
            delta = parser.getText();
          } else {
            parser.skipChildren();
          }
        }
        case "sequence_number" -> {
          if (value == JsonToken.VALUE_NUMBER_INT) {
            sequenceNumber = parser.getLongValue();
          } else {
            parser.skipChildren();
          }
        }
        case "error" -> {
          error = EventJson.tree(parser);
          hasError = ServerErrors.isError(error);
        }
        case "response" -> {
          // Every lifecycle event carries the response; the terminal ones need it whole, the first
          // ones only for its id, and their output is empty.
          if (value == JsonToken.START_OBJECT
              && (!typed || kind.isTerminal() || kind.isLifecycle())) {
            response = ResponseReader.read(parser, wantText, wantRefusal, wantItems);
          } else {
            response = null;
            parser.skipChildren();
          }
        }
        case "message" -> message = EventJson.tree(parser);
        case "code" -> code = EventJson.tree(parser);
        case "param" -> param = EventJson.tree(parser);
        case "output_index" -> outputIndex = wantItems ? index(parser, value) : skip(parser);
        case "item_id" -> itemId = wantItems ? string(parser, value) : skipValue(parser);
        case "item" -> {
          if (wantItems && value == JsonToken.START_OBJECT) {
            item = EventJson.tree(parser);
          } else {
            parser.skipChildren();
          }
        }
        case "arguments" -> arguments = wantItems ? string(parser, value) : skipValue(parser);
        default -> parser.skipChildren();
      }
    }
  }

  private static @Nullable String string(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }

  private static int index(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    parser.skipChildren();
    return -1;
  }

  private static int skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return -1;
  }

  private static @Nullable String skipValue(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }

  private void readType(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      typeValue = EventJson.tree(parser);
      return;
    }
    typed = true;
    typeValue = null;
    kind =
        ResponsesEventKind.of(
            parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
    otherType = kind == ResponsesEventKind.OTHER ? parser.getText() : null;
  }

  /** The {@code response} the event carried, or an empty one. */
  ResponseSummary response() {
    return response != null ? response : ResponseSummary.EMPTY;
  }

  /** The event as {@link ServerErrors#of} reads an error event: its error and flat error fields. */
  JsonNode errorRoot() {
    ObjectNode root = EventJson.MAPPER.createObjectNode();
    putIfPresent(root, "error", error);
    putIfPresent(root, "message", message);
    putIfPresent(root, "code", code);
    putIfPresent(root, "param", param);
    if (typeValue != null) {
      root.set("type", typeValue);
    } else if (typed) {
      root.set("type", TextNode.valueOf(otherType != null ? otherType : kind.wireName()));
    }
    return root;
  }

  private static void putIfPresent(ObjectNode root, String name, @Nullable JsonNode value) {
    if (value != null) {
      root.set(name, value);
    }
  }
}
