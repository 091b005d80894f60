package com.library;

import dev.promptfit.annotation.Instructions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

/** Compiled into a jar by the test, with and without -parameters. */
@Model("gpt-5-nano")
@Instructions("Be brief.")
public interface Base {
  @Prompt("Translate {text} into {language}.")
  String translate(String text, String language);
}
