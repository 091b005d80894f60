package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The chain in: {text}")
  Chain chain(String text);
}

record Chain(String name, Link first) {}

record Link(String value, Link next) {}
