package bad;

import dev.promptfit.annotation.Prompt;

class Assistant {
  @Prompt("Translate {text}")
  String translate(String text) {
    return text;
  }
}
