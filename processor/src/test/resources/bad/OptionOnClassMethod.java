package bad;

import dev.promptfit.annotation.Temperature;

enum Helper {
  INSTANCE;

  @Temperature(0.5)
  String ask(String question) {
    return question;
  }
}
