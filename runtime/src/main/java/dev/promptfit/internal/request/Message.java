package dev.promptfit.internal.request;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. A message with its content parts. A message of one text part is written in the plain
 * string form ({@code "content": "..."}), which every compatible server accepts.
 */
public record Message(Role role, List<Part> parts) implements Item {
  public Message {
    Objects.requireNonNull(role, "role");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a message needs at least one part");
    }
  }

  /** A user message of text alone. */
  public static Message user(String text) {
    return new Message(Role.USER, List.of(new TextPart(text)));
  }

  /** The text when the message is one text part, else null. */
  public @Nullable String onlyText() {
    return parts.size() == 1 && parts.get(0) instanceof TextPart t ? t.text() : null;
  }
}
