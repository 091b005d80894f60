package com.example;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

@Model("gpt-5-nano")
public interface Greeter {

  @Prompt("Greet {name} in a {style} style.")
  String greet(String name, @Var("style") String tone);
}
