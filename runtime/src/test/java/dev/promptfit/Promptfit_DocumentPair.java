package dev.promptfit;

import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;

/** Written by hand in the shape the processor generates; see {@link DocumentPair}. */
public final class Promptfit_DocumentPair implements DocumentPair {
  private static final PromptMethod<String> COMPARE =
      PromptMethod.<String>builder("DocumentPair", "compare", String.class).model("gpt-test").build();

  private final PromptInvoker invoker;

  public Promptfit_DocumentPair(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public String compare(Document first, Document second) {
    return invoker.invoke(
        COMPARE,
        PromptInput.builder()
            .text("Compare the two documents.")
            .attach("first", first)
            .attach("second", second)
            .build());
  }
}
