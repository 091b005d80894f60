package bad;

import dev.promptfit.CallOptions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Classify {text} with {options}")
  String classify(String text, CallOptions options);
}
