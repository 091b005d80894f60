package bad.tools;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tool;
import dev.promptfit.annotation.Tools;

@Model("gpt-5-mini")
public interface DuplicateAcrossClasses {
  final class Weather {
    @Tool
    public String lookup(String city) {
      return city;
    }
  }

  final class Stocks {
    @Tool
    public String lookup(String ticker) {
      return ticker;
    }
  }

  @Prompt("{question}")
  @Tools({Weather.class, Stocks.class})
  String ask(String question);
}
