import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Model("gpt-5-mini")
public interface Unpackaged {
  @Prompt("Hi {name}")
  String hi(String name);
}
