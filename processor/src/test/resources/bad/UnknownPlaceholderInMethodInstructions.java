package bad;

import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Translate {text}.")
  @Instructions("Answer as {persona}.")
  String translate(String text);
}
