package dev.promptfit.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Reply;
import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.MaxOutputTokens;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Temperature;
import dev.promptfit.annotation.Var;
import java.util.stream.Stream;

/**
 * The example's client. Each method takes {@link CallOptions} so the app can swap in the model of
 * whatever service it is pointed at ({@code PROMPTFIT_MODEL}).
 */
@Model("gpt-5-mini")
@Instructions("You are a concise, friendly assistant.")
public interface Assistant {

  /** A blocking call on the client's default endpoint: Responses unless configured otherwise. */
  @Prompt("Translate \"{text}\" into {language}. Reply with the translation only.")
  String translate(String text, String language, CallOptions options);

  /** A streamed call on the default endpoint: deltas as they arrive. */
  @Prompt("Write a haiku about {topic}.")
  Stream<String> haiku(String topic, CallOptions options);

  /** A streamed Chat Completions call. */
  @Prompt("Explain {concept} in two short sentences.")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  @Temperature(0.3)
  Stream<String> explain(String concept, CallOptions options);

  /** A reply with its token usage. */
  @Prompt("Summarise in one line: {doc}")
  @MaxOutputTokens(200)
  Reply summarise(@Var("doc") String document, CallOptions options);
}
