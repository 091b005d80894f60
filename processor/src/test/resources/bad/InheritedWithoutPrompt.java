package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.function.Supplier;

@Model("gpt-5-mini")
interface Assistant extends Supplier<String> {
  @Prompt("Describe {thing}")
  String describe(String thing);
}
