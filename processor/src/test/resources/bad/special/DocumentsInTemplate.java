package bad;

import dev.promptfit.Document;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.List;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Summarise {pages}.")
  String summarise(
      List<Document> pages);
}
