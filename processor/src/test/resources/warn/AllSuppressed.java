package warn;

import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.ReasoningEffort;
import dev.promptfit.annotation.Temperature;

/** Every warning the processor has, each silenced by the one annotation on the interface. */
@Model("gpt-5-mini")
@SuppressWarnings("promptfit")
interface AllSuppressed {
  @Prompt("Think about {topics}")
  @Temperature(0.2)
  @ReasoningEffort("extreme")
  @Instructions("")
  String think(String[] topics);

  @Model("gpt-5.2")
  interface Nested extends AllSuppressed {}
}
