package dev.promptfit.example;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Compiled by the real processor in this module's test build, then run against FakeLlmServer. */
@Model("gpt-e2e")
@Instructions("Answer in {style}.")
interface GeneratedClient {

  @Prompt("Say {{hi}} to {name}.")
  String text(String name, String style, CallOptions options);

  @Prompt("Say hi to {name}.")
  @SuppressWarnings("promptfit") // sampling options with a reasoning effort, on purpose: every option
  @Temperature(0.5)
  @TopP(0.9)
  @MaxOutputTokens(99)
  @ReasoningEffort("low")
  Reply reply(String name, String style, CallOptions options);

  @Prompt("Stream to {who}.")
  Stream<String> stream(@Var("who") String name, String style, CallOptions options);

  @Prompt("Publish to {name}.")
  @Model(value = "gpt-chat", api = Api.CHAT_COMPLETIONS)
  Flow.Publisher<String> publisher(String name, String style, CallOptions options);

  @Prompt("Events for {name}.")
  ReplyStream events(String name, String style, CallOptions options);

  @Prompt("Later for {name}.")
  CompletableFuture<String> futureText(String name, String style, CallOptions options);

  @Prompt("Later reply for {name}.")
  CompletableFuture<Reply> futureReply(String name, String style, CallOptions options);

  /** Default methods pass through untouched. */
  default String shout(String name) {
    return text(name, "capitals", CallOptions.none()).toUpperCase(java.util.Locale.ROOT);
  }
}
