package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

/** Uses a type that another processor generates only in the first round. */
@Model("gpt-5-mini")
interface Later {
  @Prompt("Describe {thing}")
  String describe(GeneratedLater thing);
}
