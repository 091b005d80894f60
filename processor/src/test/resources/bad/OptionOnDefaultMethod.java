package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Temperature;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Translate {text}")
  String translate(String text);

  @Temperature(0.5)
  default String shout(String text) {
    return translate(text).toUpperCase();
  }
}
