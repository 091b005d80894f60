package bad.tools;

import dev.promptfit.annotation.Tool;

public interface ToolOnInterfaceMethod {
  @Tool
  String lookup(String city);
}
