package com.example.tools.calc;

import dev.promptfit.annotation.Tool;

/** Arithmetic, in a package of its own. */
public class Calculator {
  /** Adds two numbers. */
  @Tool
  public long add(long a, long b) {
    return a + b;
  }

  /** Names clash with the dispatcher's own locals, on purpose. */
  @Tool
  public String echo(String name, String arguments, String tools, String args) {
    return name + arguments + tools + args;
  }
}
