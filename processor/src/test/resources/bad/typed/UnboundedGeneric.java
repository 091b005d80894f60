package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.List;
import java.util.Optional;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The box in: {text}")
  Box<String> box(String text);
}

record Box<T>(T value, Optional<Box<List<T>>> inner) {}
