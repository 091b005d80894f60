package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant<T> {
  @Prompt("Describe {thing}")
  String describe(String thing);
}
