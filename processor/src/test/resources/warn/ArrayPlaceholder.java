package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface ArrayPlaceholder {
  @Prompt("Sort {words} and spell {letters}")
  String sort(String[] words, char[] letters);
}
