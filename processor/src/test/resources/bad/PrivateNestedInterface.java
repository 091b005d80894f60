package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

class Outer {
  @Model("gpt-5-mini")
  private interface Hidden {
    @Prompt("Describe {thing}")
    String describe(String thing);
  }
}
