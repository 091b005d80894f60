package dev.promptfit.bench;

import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/**
 * The typed client under test; the processor writes its schema and {@code
 * Promptfit_TypedBenchClient}.
 */
@Model("gpt-5-mini")
@Instructions("You are a catalogue.")
public interface TypedBenchClient {

  @Prompt("List every item of {shop}.")
  Stream<Item> responses(String shop);

  @Prompt("List every item of {shop}.")
  Flow.Publisher<Item> responsesAsync(String shop);

  @Prompt("List every item of {shop}.")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  Stream<Item> chat(String shop);

  @Prompt("List every item of {shop}.")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  Flow.Publisher<Item> chatAsync(String shop);

  /** The same answer as text deltas: what the stream costs before any element is bound. */
  @Prompt("List every item of {shop}.")
  Stream<String> responsesText(String shop);

  @Prompt("List every item of {shop}.")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  Stream<String> chatText(String shop);
}
