package bad;

import dev.promptfit.Image;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Describe them.")
  String describe(
      Image[] pictures);
}
