package bad;

import dev.promptfit.CallOptions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Classify {text}")
  String classify(String text, @Var("opts") CallOptions options);
}
