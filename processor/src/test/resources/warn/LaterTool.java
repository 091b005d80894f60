package warn;

import dev.promptfit.annotation.Tool;

public class LaterTool {
  /** Describes a thing another processor generates. */
  @Tool
  public String describe(GeneratedLater thing) {
    return thing.name();
  }
}
