package com.library;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

/** Names every parameter with @Var, which its class file keeps even without -parameters. */
@Model("gpt-5-nano")
public interface Aliased {
  @Prompt("Summarise {doc} for {reader}.")
  String summarise(@Var("doc") String document, @Var("reader") String audience);
}
