package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

interface Assistant {
  @Prompt("Translate {text}.")
  @Model("  ")
  String translate(String text);
}
