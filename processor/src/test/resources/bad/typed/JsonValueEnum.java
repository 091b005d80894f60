package bad.typed;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The size in: {text}")
  Size size(String text);
}

enum Size {
  SMALL,
  LARGE;

  @JsonValue
  String code() {
    return name().substring(0, 1);
  }
}
