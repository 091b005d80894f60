package bad.tools;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tool;
import dev.promptfit.annotation.Tools;

@Model("gpt-5-mini")
public interface ListedTwice {
  final class Weather {
    @Tool
    public String lookup(String city) {
      return city;
    }
  }

  @Prompt("{question}")
  @Tools({Weather.class, Weather.class})
  String ask(String question);
}
