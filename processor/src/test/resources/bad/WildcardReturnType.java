package bad;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.stream.Stream;

@Model("gpt-5-mini")
interface Assistant {
  @Prompt("Stream {topic}")
  Stream<? extends CharSequence> stream(String topic);
}
