package bad.tools;

import dev.promptfit.annotation.Tool;
import java.util.List;

public class ObjectInRecordParameter {
  public record Stop(String city, Object extra) {}

  @Tool
  public String plan(
      List<Stop> stops) {
    return "ok";
  }
}
