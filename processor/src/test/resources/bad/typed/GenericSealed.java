package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The holder in: {text}")
  Holder<String> holder(String text);
}

sealed interface Holder<T> permits Box {}

record Box<T>(T content) implements Holder<T> {}
