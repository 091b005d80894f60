package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;

@Model("gpt-5-mini")
interface SuppressedOnMethod {
  @Prompt("Think about {topic}")
  @ReasoningEffort("extreme")
  @SuppressWarnings("promptfit")
  String think(String topic);
}
