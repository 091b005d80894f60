package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("Extract the invoice from: {text}")
  Invoice invoice(String text);
}

record Invoice(String vendor, Money total) {}

final class Money {
  long cents;
}
