package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Translate {text}")
  String translate(String text);

  static String normalise(@Var("t") String text) {
    return text.strip();
  }
}
