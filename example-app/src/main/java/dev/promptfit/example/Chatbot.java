package dev.promptfit.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Conversation;
import dev.promptfit.Image;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.stream.Stream;

/**
 * The example's conversation and image client: a {@link Conversation} parameter carries the
 * earlier turns, an {@link Image} parameter is attached after the prompt's text. Neither is a
 * placeholder.
 */
@Model("gpt-5-mini")
@Instructions("You are a friendly tutor. Keep answers short.")
public interface Chatbot {

  /** One turn of a dialogue, streamed; the conversation stores it once the stream completes. */
  @Prompt("{message}")
  Stream<String> chat(Conversation conversation, String message, CallOptions options);

  /** An image and a question about it. */
  @Prompt("Describe this picture in one sentence.")
  String describe(Image picture, CallOptions options);
}
