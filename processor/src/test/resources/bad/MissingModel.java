package bad;

import dev.promptfit.annotation.Prompt;

interface Assistant {
  @Prompt("Translate {text}.")
  String translate(String text);
}
