package com.example;

import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import javax.annotation.processing.Generated;

/**
 * Implements {@link Outer.Inner} by calling a {@link PromptInvoker}.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class Promptfit_Outer_Inner implements Outer.Inner {
  private static final PromptMethod<String> HELLO =
      PromptMethod.<String>builder("Outer.Inner", "hello", String.class)
          .model("gpt-5-mini")
          .build();

  private final PromptInvoker invoker;

  public Promptfit_Outer_Inner(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public String hello(String name) {
    return invoker.invoke(HELLO, PromptInput.builder()
        .text("Hello " + name + "!")
        .build());
  }
}
