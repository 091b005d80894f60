package bad.tools;

import dev.promptfit.annotation.Tool;

public class ObjectResult {
  @Tool
  public Object lookup(String city) {
    return city;
  }
}
