package com.example;

import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Greeter} by calling a {@link PromptInvoker}.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class Promptfit_Greeter implements Greeter {
  private static final PromptMethod<String> GREET =
      PromptMethod.<String>builder("Greeter", "greet", String.class)
          .model("gpt-5-nano")
          .build();

  private final PromptInvoker invoker;

  public Promptfit_Greeter(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public String greet(String name, String tone) {
    return invoker.invoke(GREET, PromptInput.builder()
        .text("Greet " + name + " in a " + tone + " style.")
        .build());
  }
}
