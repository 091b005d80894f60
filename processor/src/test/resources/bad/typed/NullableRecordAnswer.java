package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import org.jspecify.annotations.Nullable;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The person in: {text}, if any")
  @Nullable Person person(String text);
}

record Person(String name) {}
