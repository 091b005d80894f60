package com.example;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;

public class Outer {

  @Model("gpt-5-mini")
  public interface Inner {

    @Prompt("Hello {name}!")
    String hello(String name);
  }
}
