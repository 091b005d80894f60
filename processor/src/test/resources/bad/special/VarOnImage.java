package bad;

import dev.promptfit.Image;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Describe it.")
  String describe(@Var("image") Image picture);
}
