package com.example;

import dev.promptfit.annotation.Background;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

@Background
@Model("gpt-5-mini")
public interface BackgroundTutor {

  @Prompt("Explain {topic} at length.")
  String explain(String topic);
}
