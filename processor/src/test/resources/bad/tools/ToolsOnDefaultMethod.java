package bad.tools;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

@Model("gpt-5-mini")
public interface ToolsOnDefaultMethod {
  @Prompt("{question}")
  String ask(String question);

  @Tools({})
  default String helper() {
    return "x";
  }
}
