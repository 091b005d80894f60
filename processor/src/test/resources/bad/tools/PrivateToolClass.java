package bad.tools;

import dev.promptfit.annotation.Tool;

public class PrivateToolClass {
  private static final class Hidden {
    @Tool
    public String lookup(String city) {
      return city;
    }
  }
}
