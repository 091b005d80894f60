package bad;

import dev.promptfit.annotation.Background;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Report on {topic}.")
  String report(String topic);

  @Background
  default String twice(String topic) {
    return report(topic) + report(topic);
  }
}
