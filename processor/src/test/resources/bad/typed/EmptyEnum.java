package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("Sentiment of: {text}")
  Sentiment sentiment(String text);
}

enum Sentiment {}
