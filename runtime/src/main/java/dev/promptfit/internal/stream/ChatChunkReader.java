package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.Usage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. One streaming pass over a Chat Completions chunk that keeps only what a reply needs;
 * everything else (logprobs, audio, annotations, vendor extras, and tool calls unless the call
 * offers tools) is skipped without being decoded, so fragments of any shape there cannot break the
 * text. Reused for every chunk of a stream; the fields describe the last chunk read. {@link
 * ChatChunkScanner} fills the same fields for plain chunks without a Jackson parser.
 *
 * <p>{@code delta.content} is a string or an array of parts (see {@link ChatContent}). Only choice
 * {@code index} 0 is read: with {@code n > 1} the other choices' text is ignored, since a stream
 * has one text. A choice without an {@code index} counts as choice 0, as servers that only ever
 * send one choice sometimes omit it.
 */
final class ChatChunkReader {
  /** Whether {@code delta.tool_calls} is read: only for a call that offers tools. */
  private final boolean wantTools;

  @Nullable String id;
  @Nullable String model;
  @Nullable String content;
  @Nullable String refusal;

  /** {@code reasoning_content} (DeepSeek) if present, else {@code reasoning} (Groq, OpenRouter). */
  @Nullable String reasoning;

  @Nullable String finishReason;
  @Nullable Usage usage;

  /** Usage only a vendor extension carried: Groq's {@code x_groq.usage}. */
  @Nullable Usage vendorUsage;

  /** True if choice 0 was there, whatever it carried (an audio answer carries no text). */
  boolean hasChoice;

  /** A top-level {@code error} that reports a failure. */
  @Nullable JsonNode error;

  /**
   * A top-level {@code message}, which some servers send beside a bare error string ({@code
   * {"error":"Bad Request","message":"unknown model x"}}); not part of a chunk otherwise.
   */
  @Nullable JsonNode message;

  /** Choice 0's {@code reasoning_content} alone (DeepSeek), which a tool round sends back. */
  @Nullable String reasoningContent;

  /** Choice 0's {@code tool_calls} fragments, with {@code wantTools}; empty otherwise. */
  final List<ChatToolCalls.Fragment> toolCalls = new ArrayList<>(2);

  ChatChunkReader() {
    this(false);
  }

  ChatChunkReader(boolean wantTools) {
    this.wantTools = wantTools;
  }

  /**
   * True if the chunk carried at most choice 0's text and a finish reason, as the chunks {@link
   * ChatChunkScanner} reads do; false for tool-call fragments, reasoning, a refusal, usage or an
   * error.
   */
  boolean onlyText() {
    return toolCalls.isEmpty()
        && reasoningContent == null
        && reasoning == null
        && refusal == null
        && usage == null
        && vendorUsage == null
        && error == null;
  }

  void reset() {
    id = model = null;
    clearChoices();
    usage = vendorUsage = null;
    error = message = null;
    reasoningContent = null;
    toolCalls.clear();
  }

  /**
   * Forgets what earlier {@code choices} of this chunk carried: a repeated key counts once, with
   * its last value, as a tree reading of a blocking body takes it.
   */
  void clearChoices() {
    content = refusal = reasoning = finishReason = null;
    hasChoice = false;
  }

  /**
   * Reads the chunk whose root {@code START_OBJECT} the parser is on into the fields, which must be
   * {@link #reset()}. {@code id} and {@code model} are read only when asked for, since they repeat
   * on every chunk.
   */
  void read(JsonParser parser, boolean wantId, boolean wantModel) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "id" -> id = wantId ? string(parser, value) : skip(parser);
        case "model" -> model = wantModel ? string(parser, value) : skip(parser);
        case "choices" -> {
          clearChoices();
          readChoices(parser, value);
        }
        case "usage" -> {
          if (value == JsonToken.START_OBJECT) {
            usage = Usages.chat(EventJson.tree(parser));
          } else {
            parser.skipChildren();
          }
        }
        case "x_groq" -> readVendorUsage(parser, value);
        case "error" -> {
          JsonNode node = EventJson.tree(parser);
          if (ServerErrors.isError(node)) {
            error = node;
          }
        }
        case "message" -> message = EventJson.tree(parser);
        default -> parser.skipChildren();
      }
    }
  }

  private void readChoices(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return;
    }
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == JsonToken.START_OBJECT) {
        readChoice(parser);
      } else {
        parser.skipChildren();
      }
    }
  }

  private void readChoice(JsonParser parser) throws IOException {
    int index = 0;
    String choiceContent = null;
    String choiceRefusal = null;
    String reasoningContent = null;
    String choiceReasoning = null;
    String choiceFinish = null;
    List<ChatToolCalls.Fragment> fragments = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("index")) {
        index = indexOf(parser, value);
      } else if (field.equals("finish_reason")) {
        choiceFinish = string(parser, value);
      } else if (field.equals("delta") && value == JsonToken.START_OBJECT) {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          JsonToken part = parser.nextToken();
          switch (key) {
            case "content" -> {
              if (part == JsonToken.START_ARRAY) {
                // Content as parts, as some servers stream it: their text is the delta.
                ChatContent parts = ChatContent.of(EventJson.tree(parser));
                choiceContent = parts.text();
                choiceRefusal = join(choiceRefusal, parts.refusal());
              } else {
                choiceContent = string(parser, part);
              }
            }
            case "refusal" -> choiceRefusal = string(parser, part);
            case "reasoning_content" -> reasoningContent = string(parser, part);
            case "reasoning" -> choiceReasoning = string(parser, part);
            case "tool_calls" -> {
              if (wantTools && part == JsonToken.START_ARRAY) {
                fragments = ChatToolCalls.fragments(parser);
              } else {
                parser.skipChildren();
              }
            }
            default -> parser.skipChildren();
          }
        }
      } else {
        parser.skipChildren();
      }
    }
    choice(index, choiceContent, choiceRefusal, reasoningContent, choiceReasoning, choiceFinish);
    if (index == 0) {
      this.reasoningContent = join(this.reasoningContent, reasoningContent);
      if (fragments != null) {
        toolCalls.addAll(fragments);
      }
    }
  }

  /** Adds what one choice carried; only choice 0 counts. */
  void choice(
      int index,
      @Nullable String choiceContent,
      @Nullable String choiceRefusal,
      @Nullable String reasoningContent,
      @Nullable String choiceReasoning,
      @Nullable String choiceFinish) {
    if (index != 0) {
      return;
    }
    hasChoice = true;
    content = join(content, choiceContent);
    refusal = join(refusal, choiceRefusal);
    String thought =
        reasoningContent != null && !reasoningContent.isEmpty()
            ? reasoningContent
            : choiceReasoning;
    reasoning = join(reasoning, thought);
    if (choiceFinish != null) {
      finishReason = choiceFinish;
    }
  }

  private void readVendorUsage(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.START_OBJECT) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      if (parser.nextToken() == JsonToken.START_OBJECT && field.equals("usage")) {
        vendorUsage = Usages.chat(EventJson.tree(parser));
      } else {
        parser.skipChildren();
      }
    }
  }

  /** The choice index; -1 (not choice 0) for anything but a small integer or null. */
  private static int indexOf(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return 0;
    }
    if (value == JsonToken.VALUE_NUMBER_INT
        && parser.getNumberType() == JsonParser.NumberType.INT) {
      return parser.getIntValue();
    }
    parser.skipChildren();
    return -1;
  }

  private static @Nullable String string(JsonParser parser, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_STRING) {
      return parser.getText();
    }
    parser.skipChildren();
    return null;
  }

  private static @Nullable String skip(JsonParser parser) throws IOException {
    parser.skipChildren();
    return null;
  }

  private static @Nullable String join(@Nullable String before, @Nullable String more) {
    if (before == null || more == null) {
      return before == null ? more : before;
    }
    return before + more;
  }
}
