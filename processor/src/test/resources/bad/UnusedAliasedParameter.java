package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Summarise: {document}")
  String summarise(@Var("doc") String document);
}
