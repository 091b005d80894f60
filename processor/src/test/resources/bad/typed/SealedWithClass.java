package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The drawing in: {text}")
  Drawing drawing(String text);
}

record Drawing(Shape shape) {}

sealed interface Shape permits Circle, Square {}

record Circle(double radius) implements Shape {}

final class Square implements Shape {}
