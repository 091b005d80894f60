package bad;

import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Temperature;

interface Assistant {
  @Prompt("Translate {text} into {language.")
  @Temperature(3.0)
  String translate(String text, String language);
}
