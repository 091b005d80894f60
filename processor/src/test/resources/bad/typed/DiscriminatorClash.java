package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The vehicle in: {text}")
  Vehicle vehicle(String text);
}

sealed interface Vehicle permits Car, Bike {}

record Car(String type, int doors) implements Vehicle {}

record Bike(int gears) implements Vehicle {}
