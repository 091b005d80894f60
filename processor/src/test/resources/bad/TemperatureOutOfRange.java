package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Temperature;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Translate {text}")
  @Temperature(2.5)
  String translate(String text);
}
