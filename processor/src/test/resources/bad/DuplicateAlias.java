package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Compare {x}")
  String compare(@Var("x") String first, @Var("x") String second);
}
