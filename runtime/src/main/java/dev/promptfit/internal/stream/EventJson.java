package dev.promptfit.internal.stream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Not API. The one Jackson setup the decoders share: a streaming {@link JsonFactory} for hot delta
 * events and an {@link ObjectMapper} on the same factory for the rare events read as trees.
 *
 * <p>The string limit is raised on purpose: {@code response.completed} repeats the whole output and
 * image events carry base64 images, so Jackson's 20M-char default is close to real payloads.
 * Nesting stays at 1000 so hostile input fails cleanly instead of overflowing the stack.
 */
final class EventJson {
  static final int MAX_STRING_LENGTH = 64 * 1024 * 1024;
  static final int MAX_NESTING_DEPTH = 1000;

  static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .build())
          .build();

  static final ObjectMapper MAPPER =
      new ObjectMapper(FACTORY).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private EventJson() {}

  /** A streaming parser over {@code length} bytes of {@code bytes}. */
  static JsonParser parser(byte[] bytes, int length) throws IOException {
    return FACTORY.createParser(bytes, 0, length);
  }

  /** The tree of {@code length} bytes of {@code bytes}; a missing node for blank input. */
  static JsonNode tree(byte[] bytes, int length) throws IOException {
    JsonNode node = MAPPER.readTree(bytes, 0, length);
    return node == null ? MAPPER.missingNode() : node;
  }

  /** The tree of the value the parser is positioned on. */
  static JsonNode tree(JsonParser parser) throws IOException {
    JsonNode node = MAPPER.readTree(parser);
    return node == null ? MAPPER.missingNode() : node;
  }
}
