package dev.promptfit.internal.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Not API. Text the endpoint appends to one user message when it writes the request: a typed
 * answer's schema, where the server does not take it as a response format. The message in the
 * request's items stays as the caller made it, so a conversation stores the user's own words.
 *
 * @param message the item, by identity, that the text is appended to
 * @param text what is appended to its text
 */
public record InputNote(Message message, String text) {
  public InputNote {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(text, "text");
  }

  /** {@code message} with the text appended to its last text part, or as a new last part. */
  public Message applied() {
    List<Part> parts = new ArrayList<>(message.parts());
    Part end = parts.get(parts.size() - 1);
    if (end instanceof TextPart part) {
      parts.set(parts.size() - 1, new TextPart(part.text() + text));
    } else {
      parts.add(new TextPart(text.strip()));
    }
    return new Message(message.role(), parts);
  }

  @Override
  public String toString() {
    return "InputNote{" + text.length() + " chars}";
  }
}
