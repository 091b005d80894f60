package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.TopP;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Translate {text}")
  @TopP(-0.1)
  String translate(String text);
}
