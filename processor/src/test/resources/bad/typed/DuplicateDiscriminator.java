package bad.typed;

import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The vehicle in: {text}")
  Vehicle vehicle(String text);
}

sealed interface Vehicle permits Car, Bike {}

@JsonTypeName("wheels")
record Car(int doors) implements Vehicle {}

@JsonTypeName("wheels")
record Bike(int gears) implements Vehicle {}
