package bad;

import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Background;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Background
  @Prompt("Report on {topic}.")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  String report(String topic);
}
