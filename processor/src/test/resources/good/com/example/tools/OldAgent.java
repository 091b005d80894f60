package com.example.tools;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

/** Still lists the deprecated tools, and says so. */
@Model("gpt-5-mini")
@SuppressWarnings("deprecation")
@Tools(OldTools.class)
public interface OldAgent {
  @Prompt("{question}")
  String ask(String question);
}
