package bad.typed;

import dev.promptfit.Reply;
import dev.promptfit.Result;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("Totals of: {text}")
  Map<String, Integer> totals(String text);

  @Prompt("Anything in: {text}")
  Object anything(String text);

  @Prompt("Nothing for: {text}")
  void nothing(String text);

  @Prompt("Text of: {text}")
  Result<String> text(String text);

  @Prompt("Replies to: {text}")
  Stream<Reply> replies(String text);

  @Prompt("Later stream of: {text}")
  CompletableFuture<Stream<String>> laterStream(String text);

  @Prompt("The initial of: {text}")
  char initial(String text);
}
