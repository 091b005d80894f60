package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The holder in: {text}")
  Holder holder(String text);
}

sealed interface Holder permits Box {}

record Box<T>(T content) implements Holder {}
