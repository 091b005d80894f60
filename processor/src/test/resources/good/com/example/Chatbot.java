package com.example;

import dev.promptfit.CallOptions;
import dev.promptfit.Conversation;
import dev.promptfit.Document;
import dev.promptfit.Image;
import dev.promptfit.ReplyStream;
import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Background;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

@Model("gpt-5-mini")
@Instructions("You are a patient tutor.")
public interface Chatbot {

  @Prompt("{message}")
  Stream<String> chat(Conversation conversation, String message);

  @Prompt("What is in this picture, {name}?")
  String describe(String name, Image picture);

  @Prompt("Compare the pictures with the contract.")
  ReplyStream compare(
      Conversation conversation, List<Image> pictures, Document contract, CallOptions options);

  @Prompt("Summarise the pages.")
  String summarise(List<Document> pages);

  @Background
  @Prompt("Write a long report on {topic}.")
  CompletableFuture<String> report(String topic);

  @Background
  @Prompt("Think hard about {question}.")
  @Model(value = "gpt-5.2", api = Api.RESPONSES)
  String think(String question, Conversation conversation);
}
