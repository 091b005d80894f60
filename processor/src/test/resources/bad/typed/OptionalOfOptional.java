package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.Optional;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The person in: {text}")
  Person person(String text);
}

@SuppressWarnings("OptionalUsedAsFieldOrParameterType")
record Person(String name, Optional<Optional<String>> nickname) {}
