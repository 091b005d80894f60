package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.List;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("List {topic}")
  List<String> list(String topic);
}
