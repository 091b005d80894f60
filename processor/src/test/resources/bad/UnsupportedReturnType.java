package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.Iterator;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("List {topic}")
  Iterator<String> list(String topic);
}
