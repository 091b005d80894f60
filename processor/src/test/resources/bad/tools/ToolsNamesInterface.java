package bad.tools;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

@Model("gpt-5-mini")
public interface ToolsNamesInterface {
  interface Lookup {
    String lookup(String city);
  }

  @Prompt("{question}")
  @Tools(Lookup.class)
  String ask(String question);
}
