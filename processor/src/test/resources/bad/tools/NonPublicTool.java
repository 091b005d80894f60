package bad.tools;

import dev.promptfit.annotation.Tool;

public class NonPublicTool {
  @Tool
  String lookup(String city) {
    return city;
  }
}
