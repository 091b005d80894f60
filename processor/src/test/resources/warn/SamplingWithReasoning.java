package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;
import dev.promptfit.annotation.Temperature;

@Model("gpt-5-mini")
@ReasoningEffort("low")
interface SamplingWithReasoning {
  @Prompt("Think about {topic}")
  @Temperature(0.2)
  String think(String topic);

  // "none" is the one effort with which reasoning models accept sampling parameters.
  @Prompt("Chat about {topic}")
  @Temperature(0.7)
  @ReasoningEffort("none")
  String chat(String topic);
}
