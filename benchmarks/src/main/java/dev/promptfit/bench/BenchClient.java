package dev.promptfit.bench;

import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** The Promptfit client under test; the processor writes {@code Promptfit_BenchClient}. */
@Model("gpt-5-mini")
@Instructions("You are a terse assistant.")
public interface BenchClient {

  @Prompt("Why is the sky blue? {question}")
  Stream<String> responses(String question);

  @Prompt("Why is the sky blue? {question}")
  Flow.Publisher<String> responsesAsync(String question);

  /** The whole answer, read on Promptfit's executor (the concurrency benchmark). */
  @Prompt("Why is the sky blue? {question}")
  CompletableFuture<String> responsesFuture(String question);

  @Prompt("Why is the sky blue? {question}")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  Stream<String> chat(String question);

  @Prompt("Why is the sky blue? {question}")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  Flow.Publisher<String> chatAsync(String question);

  /** Blocking; used by the cold-start measurement. */
  @Prompt("Why is the sky blue? {question}")
  String ask(String question);
}
