package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.List;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("Extract the invoice from: {text}")
  Invoice invoice(String text);
}

record Invoice(String vendor, List<Line> lines) {}

record Line(String item, Object unitPrice) {}
