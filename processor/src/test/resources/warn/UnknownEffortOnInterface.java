package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;

@Model("gpt-5-mini")
@ReasoningEffort("extreme")
interface UnknownEffortOnInterface {
  @Prompt("Think about {topic}")
  String think(String topic);
}
