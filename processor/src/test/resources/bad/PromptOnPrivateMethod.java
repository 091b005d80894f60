package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Translate {text}")
  private String translate(String text) {
    return text;
  }
}
