package dev.promptfit;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;

/** Written by hand in the shape the processor generates; see {@link PinnedAssistant}. */
public final class Promptfit_PinnedAssistant implements PinnedAssistant {
  private static final PromptMethod<String> TEXT =
      PromptMethod.<String>builder("PinnedAssistant", "text", String.class)
          .model("gpt-test")
          .api(Api.RESPONSES)
          .build();

  private final PromptInvoker invoker;

  public Promptfit_PinnedAssistant(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public String text(String question) {
    return invoker.invoke(TEXT, PromptInput.builder().text(question).build());
  }
}
