package bad.tools;

import dev.promptfit.annotation.Tool;

public class InvalidName {
  @Tool(name = "get weather")
  public String lookup(String city) {
    return city;
  }
}
