package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
sealed interface Assistant permits Human {
  @Prompt("Describe {thing}")
  String describe(String thing);
}

final class Human implements Assistant {
  @Override
  public String describe(String thing) {
    return thing;
  }
}
