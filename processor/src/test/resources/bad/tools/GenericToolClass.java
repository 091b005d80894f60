package bad.tools;

import dev.promptfit.annotation.Tool;

public class GenericToolClass<T> {
  @Tool
  public String lookup(String city) {
    return city;
  }
}
