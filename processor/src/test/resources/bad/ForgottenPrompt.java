package bad;

import dev.promptfit.annotation.Model;

@Model("gpt-5-mini")
interface Assistant {
  String translate(String text);
}
