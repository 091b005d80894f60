package dev.promptfit.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The one {@link ObjectMapper} of the fake server, and the few things done with it. */
final class Json {
  /**
   * Jackson's defaults already match the wire: compact, and non-ASCII written raw rather than
   * {@code \}{@code u}-escaped, as api.openai.com sends it.
   */
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static String write(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // A tree of plain nodes always serialises; anything else is a bug here.
      throw new UncheckedIOException(e);
    }
  }

  /** Parses {@code text}, or returns null if it is not JSON. */
  static @Nullable JsonNode parse(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** A JSON value as plain Java: {@code Map}, {@code List}, {@code String}, numbers, booleans. */
  static @Nullable Object toJava(JsonNode node) {
    return MAPPER.convertValue(node, Object.class);
  }

  /** A plain Java value (as {@link #toJava} makes them) back as a tree. */
  static JsonNode toTree(@Nullable Object value) {
    return MAPPER.valueToTree(value);
  }

  /** The text of {@code node.field} when it is a string, else null. */
  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /** Whether {@code options.get(key)} is a map holding {@code flag: true}. */
  static boolean flag(Map<String, @Nullable Object> options, String key, String flag) {
    Object value = options.get(key);
    return value instanceof Map && Boolean.TRUE.equals(((Map<?, ?>) value).get(flag));
  }
}
