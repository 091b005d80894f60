package bad.tools;

import dev.promptfit.annotation.Tool;
import java.util.Map;

public class MapParameter {
  @Tool
  public String lookup(String city,
      Map<String, Object> filters) {
    return city;
  }
}
