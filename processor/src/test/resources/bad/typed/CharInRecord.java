package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The person in: {text}")
  Person person(String text);
}

record Person(String name, char initial) {}
