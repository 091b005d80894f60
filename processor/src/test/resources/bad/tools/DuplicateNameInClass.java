package bad.tools;

import dev.promptfit.annotation.Tool;

public class DuplicateNameInClass {
  @Tool
  public String lookup(String city) {
    return city;
  }

  @Tool(name = "lookup")
  public String find(String city) {
    return city;
  }
}
