package dev.promptfit;

import dev.promptfit.internal.conversation.InMemoryConversationStore;
import java.util.List;

/**
 * Where a {@link Conversation} keeps its messages: the SPI for persisting conversations (a
 * database, a cache, files). Promptfit loads a conversation when a call starts and appends each
 * successful call's turn in one {@link #append} call.
 *
 * <pre><code>
 * final class JdbcConversationStore implements ConversationStore {
 *   private final ObjectMapper json = new ObjectMapper();
 *
 *   public List&lt;ConversationMessage&gt; load(String id) {
 *     return select("SELECT message FROM turns WHERE conversation = ? ORDER BY seq", id).stream()
 *         .map(row -&gt; json.readValue(row, ConversationMessage.class))
 *         .toList();
 *   }
 *
 *   public void append(String id, List&lt;ConversationMessage&gt; messages) {
 *     inOneTransaction(() -&gt; messages.forEach(m -&gt; insert(id, json.writeValueAsString(m))));
 *   }
 * }
 *
 * Conversation conversation =
 *     Conversation.builder().id("ticket-42").store(new JdbcConversationStore()).build();
 * </code></pre>
 *
 * <p><b>Contract.</b> Both methods are called from many threads at once (every call that uses a
 * conversation with this store). {@link #append} adds its messages as one unit, after everything
 * appended before and never interleaved with another append, and either adds all of them or none
 * (then it throws): a call's turn is then never split, and the conversation is never left holding
 * half a turn. {@link #load} returns what was appended, in order; an unknown id has no messages.
 * A store may drop old messages; it must not reorder or change them.
 *
 * <p>When {@code append} throws, the call that completed fails with a {@link
 * ConversationStoreException} that holds the answer and the turn that was not stored; when {@code
 * load} throws, the call fails before any request.
 */
public interface ConversationStore {

  /**
   * The messages of conversation {@code id}, oldest first; empty for an id never appended to.
   * The list may be unmodifiable.
   */
  List<ConversationMessage> load(String id);

  /** Appends {@code messages} to conversation {@code id} as one unit: all of them, or none. */
  void append(String id, List<ConversationMessage> messages);

  /**
   * A new store in this JVM's memory, thread-safe, holding any number of conversations by id:
   * {@link Conversation#create()}'s store. Shared by several conversations with the same id, it
   * gives them one history.
   *
   * <pre><code>
   * ConversationStore sessions = ConversationStore.inMemory();
   * Conversation alice = Conversation.builder().id("alice").store(sessions).build();
   * </code></pre>
   */
  static ConversationStore inMemory() {
    return new InMemoryConversationStore();
  }
}
