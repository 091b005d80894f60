package com.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Conversation;
import dev.promptfit.Document;
import dev.promptfit.Image;
import dev.promptfit.ReplyStream;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Chatbot} by calling a {@link PromptInvoker}.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class Promptfit_Chatbot implements Chatbot {
  private static final PromptMethod<Stream<String>> CHAT =
      PromptMethod.<Stream<String>>builder("Chatbot", "chat",
          Types.parameterized(Stream.class, String.class))
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> DESCRIBE =
      PromptMethod.<String>builder("Chatbot", "describe", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<ReplyStream> COMPARE =
      PromptMethod.<ReplyStream>builder("Chatbot", "compare", ReplyStream.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<String> SUMMARISE =
      PromptMethod.<String>builder("Chatbot", "summarise", String.class)
          .model("gpt-5-mini")
          .build();

  private static final PromptMethod<CompletableFuture<String>> REPORT =
      PromptMethod.<CompletableFuture<String>>builder("Chatbot", "report",
          Types.parameterized(CompletableFuture.class, String.class))
          .model("gpt-5-mini")
          .background(true)
          .build();

  private static final PromptMethod<String> THINK =
      PromptMethod.<String>builder("Chatbot", "think", String.class)
          .model("gpt-5.2")
          .api(Api.RESPONSES)
          .background(true)
          .build();

  private final PromptInvoker invoker;

  public Promptfit_Chatbot(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public Stream<String> chat(Conversation conversation, String message) {
    return invoker.invoke(CHAT, PromptInput.builder()
        .instructions("You are a patient tutor.")
        .text(String.valueOf(message))
        .conversation("conversation", conversation)
        .build());
  }

  @Override
  public String describe(String name, Image picture) {
    return invoker.invoke(DESCRIBE, PromptInput.builder()
        .instructions("You are a patient tutor.")
        .text("What is in this picture, " + name + "?")
        .attach("picture", picture)
        .build());
  }

  @Override
  public ReplyStream compare(Conversation conversation, List<Image> pictures, Document contract,
      CallOptions options) {
    return invoker.invoke(COMPARE, PromptInput.builder()
        .instructions("You are a patient tutor.")
        .text("Compare the pictures with the contract.")
        .conversation("conversation", conversation)
        .attachAll("pictures", pictures)
        .attach("contract", contract)
        .options(options)
        .build());
  }

  @Override
  public String summarise(List<Document> pages) {
    return invoker.invoke(SUMMARISE, PromptInput.builder()
        .instructions("You are a patient tutor.")
        .text("Summarise the pages.")
        .attachAll("pages", pages)
        .build());
  }

  @Override
  public CompletableFuture<String> report(String topic) {
    return invoker.invoke(REPORT, PromptInput.builder()
        .instructions("You are a patient tutor.")
        .text("Write a long report on " + topic + ".")
        .build());
  }

  @Override
  public String think(String question, Conversation conversation) {
    return invoker.invoke(THINK, PromptInput.builder()
        .instructions("You are a patient tutor.")
        .text("Think hard about " + question + ".")
        .conversation("conversation", conversation)
        .build());
  }
}
