package bad.typed;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.time.ZonedDateTime;

@Model("gpt-5-mini")
interface Extractor {
  @Prompt("The meeting in: {text}")
  Meeting meeting(String text);
}

record Meeting(String title, ZonedDateTime start) {}
