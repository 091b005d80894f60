package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Answer {text} as {\"a\":1}")
  String translate(String text);
}
