package bad.tools;

import dev.promptfit.annotation.Tool;

public class StaticTool {
  @Tool
  public static String lookup(String city) {
    return city;
  }
}
