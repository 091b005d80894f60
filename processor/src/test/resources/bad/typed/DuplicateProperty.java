package bad.typed;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The line in: {text}")
  Line line(String text);
}

record Line(@JsonProperty("price") double unitPrice, double price) {}
