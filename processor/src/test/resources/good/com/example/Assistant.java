package com.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.MaxOutputTokens;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;
import dev.promptfit.annotation.Temperature;
import dev.promptfit.annotation.TopP;
import dev.promptfit.annotation.Var;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

@Model("gpt-5-mini")
@Instructions("You are a terse assistant.")
public interface Assistant extends Greeter {

  @Prompt("Translate {text} into {language}.")
  String translate(String text, String language);

  @Prompt("Translate {text} into English.")
  String translate(String text);

  @Prompt("{question}")
  @Model(value = "gpt-5.2", api = Api.CHAT_COMPLETIONS)
  @Temperature(0.2)
  @MaxOutputTokens(512)
  Stream<String> ask(String question);

  @Prompt("Summarise: {doc}")
  @ReasoningEffort("low")
  Flow.Publisher<String> summarise(@Var("doc") String document);

  @Prompt("Classify: {text}")
  @TopP(0.9)
  CompletableFuture<Reply> classify(String text, CallOptions options);

  @Prompt("Rate {item} from {low} to {high}.")
  @Instructions("Answer for {item} with a number only.")
  @Model(value = "gpt-5-mini", api = Api.RESPONSES)
  Reply rate(String item, int low, int high);

  @Prompt("{a}{b}")
  CompletableFuture<String> concat(int a, int b);

  @Prompt("Echo {{literal}} and {chars}")
  ReplyStream echo(char[] chars) throws IOException;

  @Prompt("Say hi.")
  @Instructions("")
  @SuppressWarnings("promptfit") // blank on purpose: overrides the interface's instructions
  String hello();

  @Prompt("Say \"{word}\" \\ costs $1 \u2014 caf\u00e9 \u2615\nThen stop.")
  String quote(String word);

  @Prompt("{invoker} meets {shadow}")
  String shadow(String invoker, @Var("shadow") String SHADOW);

  default String shout(String text) {
    return translate(text).toUpperCase();
  }

  static String version() {
    return "1";
  }
}
