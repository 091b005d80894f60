package warn;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

/** A typed answer whose record uses a type that another processor generates in its first round. */
@Model("gpt-5-mini")
interface LaterTyped {
  @Prompt("Describe {text}")
  Holder describe(String text);

  record Holder(String title, GeneratedLater thing) {}
}
