package com.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Assistant} by calling a {@link PromptInvoker}.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class Promptfit_Assistant implements Assistant {
  private static final PromptMethod<String> TRANSLATE =
      PromptMethod.<String>builder("Assistant", "translate", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> TRANSLATE_2 =
      PromptMethod.<String>builder("Assistant", "translate", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<Stream<String>> ASK =
      PromptMethod.<Stream<String>>builder("Assistant", "ask",
          Types.parameterized(Stream.class, String.class))
          .model("gpt-5.2")
          .api(Api.CHAT_COMPLETIONS)
          .temperature(0.2)
          .maxOutputTokens(512)
          .build();

  private static final PromptMethod<Flow.Publisher<String>> SUMMARISE =
      PromptMethod.<Flow.Publisher<String>>builder("Assistant", "summarise",
          Types.parameterized(Flow.Publisher.class, String.class))
          .model("gpt-5-mini")
          .reasoningEffort("low")
          .build();

  private static final PromptMethod<CompletableFuture<Reply>> CLASSIFY =
      PromptMethod.<CompletableFuture<Reply>>builder("Assistant", "classify",
          Types.parameterized(CompletableFuture.class, Reply.class))
          .model("gpt-5-mini")
          .topP(0.9)
          .build();

  private static final PromptMethod<Reply> RATE =
      PromptMethod.<Reply>builder("Assistant", "rate", Reply.class)
          .model("gpt-5-mini")
          .api(Api.RESPONSES)
          .build();

  private static final PromptMethod<CompletableFuture<String>> CONCAT =
      PromptMethod.<CompletableFuture<String>>builder("Assistant", "concat",
          Types.parameterized(CompletableFuture.class, String.class))
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<ReplyStream> ECHO =
      PromptMethod.<ReplyStream>builder("Assistant", "echo", ReplyStream.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> HELLO =
      PromptMethod.<String>builder("Assistant", "hello", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> QUOTE =
      PromptMethod.<String>builder("Assistant", "quote", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> SHADOW =
      PromptMethod.<String>builder("Assistant", "shadow", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> GREET =
      PromptMethod.<String>builder("Assistant", "greet", String.class)
          .model("gpt-5-nano")
          .build();

  private final PromptInvoker invoker;

  public Promptfit_Assistant(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public String translate(String text, String language) {
    return invoker.invoke(TRANSLATE, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text("Translate " + text + " into " + language + ".")
        .build());
  }

  @Override
  public String translate(String text) {
    return invoker.invoke(TRANSLATE_2, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text("Translate " + text + " into English.")
        .build());
  }

  @Override
  public Stream<String> ask(String question) {
    return invoker.invoke(ASK, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text(String.valueOf(question))
        .build());
  }

  @Override
  public Flow.Publisher<String> summarise(String document) {
    return invoker.invoke(SUMMARISE, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text("Summarise: " + document)
        .build());
  }

  @Override
  public CompletableFuture<Reply> classify(String text, CallOptions options) {
    return invoker.invoke(CLASSIFY, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text("Classify: " + text)
        .options(options)
        .build());
  }

  @Override
  public Reply rate(String item, int low, int high) {
    return invoker.invoke(RATE, PromptInput.builder()
        .instructions("Answer for " + item + " with a number only.")
        .text("Rate " + item + " from " + low + " to " + high + ".")
        .build());
  }

  @Override
  public CompletableFuture<String> concat(int a, int b) {
    return invoker.invoke(CONCAT, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text(String.valueOf(a) + b)
        .build());
  }

  @Override
  public ReplyStream echo(char[] chars) throws IOException {
    return invoker.invoke(ECHO, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text("Echo {literal} and " + String.valueOf(chars))
        .build());
  }

  @Override
  public String hello() {
    return invoker.invoke(HELLO, PromptInput.builder()
        .instructions("")
        .text("Say hi.")
        .build());
  }

  @Override
  public String quote(String word) {
    return invoker.invoke(QUOTE, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text("Say \"" + word + "\" \\ costs $1 \u2014 caf\u00e9 \u2615\n" +
        "Then stop.")
        .build());
  }

  @Override
  public String shadow(String invoker, String SHADOW) {
    return this.invoker.invoke(Promptfit_Assistant.SHADOW, PromptInput.builder()
        .instructions("You are a terse assistant.")
        .text(invoker + " meets " + SHADOW)
        .build());
  }

  @Override
  public String greet(String name, String tone) {
    return invoker.invoke(GREET, PromptInput.builder()
        .text("Greet " + name + " in a " + tone + " style.")
        .build());
  }
}
