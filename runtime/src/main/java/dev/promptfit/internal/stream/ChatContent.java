package dev.promptfit.internal.stream;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A Chat message's or delta's {@code content}, which servers send as a string or, like
 * the request's own form, as an array of parts: {@code [{"type":"text","text":"Hel"}, ...]}. The
 * text parts ({@code text}, {@code output_text}) are the text, joined in order; refusal parts are
 * the refusal; other parts (images, audio) carry no text and are only named, for a message.
 *
 * @param text the joined text parts, or the string; null if there is no text at all
 * @param refusal the joined {@code refusal} parts; null if there are none
 * @param otherParts the types of the parts that carry no text, in order of first appearance
 */
record ChatContent(@Nullable String text, @Nullable String refusal, Set<String> otherParts) {
  private static final ChatContent NONE = new ChatContent(null, null, Set.of());
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,80}");

  /** The content a {@code content} value holds: a string, an array of parts, or nothing. */
  static ChatContent of(JsonNode content) {
    if (content.isTextual()) {
      return new ChatContent(content.asText(), null, Set.of());
    }
    if (!content.isArray()) {
      return NONE;
    }
    StringBuilder text = null;
    StringBuilder refusal = null;
    Set<String> others = new LinkedHashSet<>();
    for (JsonNode part : content) {
      String type = typeOf(part);
      JsonNode partText = part.path("text");
      JsonNode partRefusal = part.path("refusal");
      if ((type.equals("text") || type.equals("output_text")) && partText.isTextual()) {
        text = (text == null ? new StringBuilder() : text).append(partText.asText());
      } else if (type.equals("refusal") && partRefusal.isTextual()) {
        refusal = (refusal == null ? new StringBuilder() : refusal).append(partRefusal.asText());
      } else {
        others.add(type);
      }
    }
    return new ChatContent(
        text == null ? null : text.toString(),
        refusal == null ? null : refusal.toString(),
        Collections.unmodifiableSet(others));
  }

  /** A part's type as a message may show it: a name, never arbitrary payload. */
  private static String typeOf(JsonNode part) {
    JsonNode type = part.path("type");
    if (!type.isTextual()) {
      return "(untyped)";
    }
    return TYPE_NAME.matcher(type.asText()).matches() ? type.asText() : "(not a valid type name)";
  }
}
