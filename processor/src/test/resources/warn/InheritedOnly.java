package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

interface InheritedOnly {
  @Model("gpt-5-mini")
  interface Theirs {
    @Prompt("Translate {text}")
    String translate(String text);
  }

  @Model("gpt-5.2")
  interface Mine extends Theirs {}
}
