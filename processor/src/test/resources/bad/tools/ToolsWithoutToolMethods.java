package bad.tools;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

@Model("gpt-5-mini")
@Tools(ToolsWithoutToolMethods.Plain.class)
public interface ToolsWithoutToolMethods {
  final class Plain {
    public String lookup(String city) {
      return city;
    }
  }

  @Prompt("{question}")
  String ask(String question);
}
