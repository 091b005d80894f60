package dev.promptfit;

import dev.promptfit.TypedAssistant.Meeting;

/** A typed method with a conversation; see {@link Promptfit_TypedChat}. */
public interface TypedChat {
  Meeting meeting(Conversation conversation, String q, CallOptions o);
}
