package dev.promptfit.opentelemetry;

import dev.promptfit.CallOptions;
import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.MaxOutputTokens;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Temperature;
import dev.promptfit.annotation.TopP;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.stream.Stream;

/** Every return shape; the processor writes {@code Promptfit_Assistant}. */
@Model("gpt-5-mini")
@Instructions("You are a terse assistant.")
public interface Assistant {

  @Prompt("Translate {text} into French.")
  @Temperature(0.2)
  @TopP(0.9)
  @MaxOutputTokens(64)
  String translate(String text);

  @Prompt("{question}")
  Reply reply(String question, CallOptions options);

  @Prompt("{question}")
  Stream<String> stream(String question, CallOptions options);

  @Prompt("{question}")
  Flow.Publisher<String> publisher(String question, CallOptions options);

  @Prompt("{question}")
  CompletableFuture<String> future(String question, CallOptions options);

  @Prompt("{question}")
  ReplyStream replyStream(String question, CallOptions options);
}
