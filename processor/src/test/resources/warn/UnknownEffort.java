package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;

@Model("gpt-5-mini")
interface UnknownEffort {
  @Prompt("Think about {topic}")
  @ReasoningEffort("hihg")
  String think(String topic);
}
