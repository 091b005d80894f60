package dev.promptfit.internal.request;

import java.util.Objects;

/** Not API. Text in a message. */
public record TextPart(String text) implements Part {
  public TextPart {
    Objects.requireNonNull(text, "text");
  }
}
