package bad;

import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Background;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Background
@Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
interface Assistant {
  @Prompt("Report on {topic}.")
  String report(String topic);
}
