package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

/** Lists a tool class whose parameter type another processor generates. */
@Model("gpt-5-mini")
@Tools(LaterTool.class)
interface LaterAgent {
  @Prompt("Describe {text}")
  String describe(String text);
}
