package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.net.URL;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The link in: {text}")
  Link link(String text);
}

record Link(String title, URL target) {}
