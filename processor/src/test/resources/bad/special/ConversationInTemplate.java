package bad;

import dev.promptfit.Conversation;
import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("{message}")
  @Instructions("Continue {conversation}.")
  String chat(String message,
      Conversation conversation);
}
