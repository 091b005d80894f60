package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Left {
  @Prompt("Left {text}")
  String translate(String text);
}

@Model("gpt-5-mini")
interface Right {
  @Prompt("Right {text}")
  String translate(String text);
}

interface Both extends Left, Right {}
