package bad;

import dev.promptfit.CallOptions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Classify {text}")
  String classify(String text, CallOptions options,
      CallOptions more);
}
