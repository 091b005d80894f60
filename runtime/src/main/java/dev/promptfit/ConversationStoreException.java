package dev.promptfit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A call succeeded but its {@link ConversationStore} could not append the turn: the store threw,
 * and its exception is the cause. The answer is not lost: {@link #reply()} holds it (a stream
 * delivered its deltas before this was thrown at its end), and {@link #messages()} holds the turn
 * that was not stored, so the caller can append it once the store works again. Nothing was
 * appended (the store's contract is all or nothing), so nothing is stored twice.
 *
 * <pre><code>
 * try {
 *   answer = chatbot.ask(conversation, question);
 * } catch (ConversationStoreException e) {
 *   answer = e.reply().text();
 *   retryLater(() -&gt; conversation.store().append(conversation.id(), e.messages()));
 * }
 * </code></pre>
 */
public class ConversationStoreException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final transient Reply reply;
  private final transient List<ConversationMessage> messages;

  /** The failure; {@code messages} is the turn that was not appended. */
  public ConversationStoreException(
      String message, Reply reply, List<ConversationMessage> messages, @Nullable Throwable cause) {
    super(message, cause);
    this.reply = reply;
    this.messages = List.copyOf(messages);
  }

  /** The answer the call received. */
  public Reply reply() {
    return reply;
  }

  /** The turn that was not appended, in order: the user message, then the answer's messages. */
  public List<ConversationMessage> messages() {
    return messages;
  }
}
