package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;

@Model("gpt-5-mini")
@ReasoningEffort("extreme")
@SuppressWarnings("promptfit")
interface SuppressedOnInterface {
  @Prompt("Think about {topic}")
  @ReasoningEffort("ultra")
  String think(String topic);
}
