package dev.promptfit;

import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;

/** Written by hand in the shape the processor generates; see {@link TypedChat}. */
public final class Promptfit_TypedChat implements TypedChat {
  private static final PromptMethod<Meeting> MEETING =
      PromptMethod.<Meeting>builder("TypedChat", "meeting", Meeting.class)
          .model("gpt-test")
          .outputSchema("TypedChat_meeting", Promptfit_TypedAssistant.MEETING)
          .build();

  private final PromptInvoker invoker;

  public Promptfit_TypedChat(PromptInvoker invoker) {
    this.invoker = invoker;
  }

  @Override
  public Meeting meeting(Conversation conversation, String q, CallOptions o) {
    return invoker.invoke(
        MEETING,
        PromptInput.builder()
            .text("From: " + q)
            .conversation("conversation", conversation)
            .options(o)
            .build());
  }
}
