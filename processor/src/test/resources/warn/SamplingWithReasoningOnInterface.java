package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;
import dev.promptfit.annotation.TopP;

@Model("gpt-5-mini")
@ReasoningEffort("high")
@TopP(0.9)
interface SamplingWithReasoningOnInterface {
  @Prompt("Think about {topic}")
  String think(String topic);

  @Prompt("Think harder about {topic}")
  String ponder(String topic);
}
