package bad.tools;

import dev.promptfit.annotation.Tool;
import java.util.List;

public class GenericTool {
  @Tool
  public <T> String lookup(List<String> cities) {
    return cities.toString();
  }
}
