package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The photo in: {text}")
  Photo photo(String text);
}

record Photo(String caption, byte[] pixels) {}
