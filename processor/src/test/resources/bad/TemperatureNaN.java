package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Temperature;

@Model("gpt-5-mini")
@Temperature(Double.NaN)
interface Assistant {
  @Prompt("Translate {text}")
  String translate(String text);
}
