package bad;

import dev.promptfit.Conversation;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("{message}")
  String chat(Conversation first, String message,
      Conversation second);
}
