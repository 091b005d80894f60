package warn;

import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface BlankInstructions {
  @Prompt("Say hi to {name}")
  @Instructions("  ")
  String hello(String name);
}
