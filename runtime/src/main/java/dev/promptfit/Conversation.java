package dev.promptfit;

import dev.promptfit.internal.conversation.HistoryWindow;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The earlier turns of a dialogue: a special parameter of prompt methods, recognised by its type
 * and never a placeholder. Each call sends the stored turns before its new user message; when the
 * call succeeds, its user message and its whole answer (tool calls and results included) are
 * appended.
 *
 * <pre><code>
 * interface Chatbot {
 *   &#64;Prompt("{message}")
 *   Stream&lt;String&gt; chat(Conversation conversation, String message);
 * }
 *
 * Conversation conversation = Conversation.create();          // in memory, thread-safe
 * chatbot.chat(conversation, "Hi, I'm Ana.").forEach(System.out::print);
 * chatbot.chat(conversation, "What is my name?").forEach(System.out::print);
 * </code></pre>
 *
 * <p><b>When a turn is appended.</b> Only when its call succeeds: a blocking call or a future when
 * it returns its answer; a {@code Stream}, {@code Flow.Publisher} or {@code ReplyStream} when it
 * is read to its end. A call that fails, is cancelled or times out, and a stream closed before its
 * end, append nothing: there are no half turns. Each subscription of a {@code Flow.Publisher} is a
 * call of its own and appends its own turn.
 *
 * <p><b>Threads.</b> A conversation may be used by any number of calls at once. Each call reads the
 * stored turns when it starts (for a lazy {@code Stream}, its first terminal operation) and appends
 * its own turn atomically when it succeeds, so turns are stored whole, in the order their calls
 * completed, never interleaved; two calls that overlap do not see each other's turn.
 *
 * <p><b>Instructions</b> are never stored: each call sends its method's own. Both endpoints read the
 * same history, so one conversation can move between Chat Completions and Responses calls.
 */
public final class Conversation {
  private final String id;
  private final ConversationStore store;
  private final int maxMessages;
  private final boolean serverState;

  private Conversation(Builder b) {
    this.id = b.id != null ? b.id : "conv_" + UUID.randomUUID().toString().replace("-", "");
    this.store = b.store != null ? b.store : ConversationStore.inMemory();
    this.maxMessages = b.maxMessages;
    this.serverState = b.serverState;
  }

  /**
   * A new conversation in memory, with no limit on its length.
   *
   * <pre><code>Conversation conversation = Conversation.create();</code></pre>
   */
  public static Conversation create() {
    return builder().build();
  }

  /**
   * A builder: an id, a store, a limit, server-side state.
   *
   * <pre><code>
   * Conversation conversation = Conversation.builder()
   *     .id("ticket-42").store(myStore).maxMessages(40).build();
   * </code></pre>
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The id the store keeps the messages under; a random {@code conv_...} unless set. */
  public String id() {
    return id;
  }

  /** The store; a new {@link ConversationStore#inMemory()} unless set. */
  public ConversationStore store() {
    return store;
  }

  /** The most stored messages a call sends, if limited. */
  public OptionalInt maxMessages() {
    return maxMessages == 0 ? OptionalInt.empty() : OptionalInt.of(maxMessages);
  }

  /** Whether Responses calls chain by {@code previous_response_id} instead of sending history. */
  public boolean serverState() {
    return serverState;
  }

  /**
   * Every message the store holds for this conversation, oldest first (see {@link
   * ConversationMessage} for what a turn appends).
   *
   * <pre><code>
   * conversation.messages().forEach(m -&gt; System.out.println(m.role() + ": " + m.text()));
   * </code></pre>
   */
  public List<ConversationMessage> messages() {
    return List.copyOf(store.load(id));
  }

  /**
   * The messages a call would send now: the latest {@link #maxMessages()} of them, less any tool
   * result whose call fell outside the limit.
   */
  public List<ConversationMessage> window() {
    return HistoryWindow.latest(store.load(id), maxMessages);
  }

  /** The id and settings; never the messages. */
  @Override
  public String toString() {
    return "Conversation{id="
        + id
        + (maxMessages == 0 ? "" : ", maxMessages=" + maxMessages)
        + (serverState ? ", serverState" : "")
        + "}";
  }

  /** Builds a {@link Conversation}; each setter checks its argument at once. */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable ConversationStore store;
    private int maxMessages;
    private boolean serverState;

    private Builder() {}

    /**
     * The id the store keeps the messages under: set it to continue a conversation a store already
     * holds.
     */
    public Builder id(String id) {
      Objects.requireNonNull(id, "id");
      if (id.isBlank()) {
        throw new IllegalArgumentException("Conversation.id must not be blank");
      }
      this.id = id;
      return this;
    }

    /** Where the messages are kept; {@link ConversationStore#inMemory()} unless set. */
    public Builder store(ConversationStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Sends at most the latest {@code maxMessages} stored messages with each call (the new user
     * message is not counted). The window never starts with a tool result whose call it left
     * out: those results are left out too, so a call and its result are sent together or not at
     * all, and a reasoning item always travels with its call (both are in one assistant message).
     * The in-memory store also forgets what falls out of the window; another store keeps what it
     * is given, and only what is sent is limited.
     */
    public Builder maxMessages(int maxMessages) {
      if (maxMessages < 1) {
        throw new IllegalArgumentException(
            "Conversation.maxMessages must be at least 1, was " + maxMessages);
      }
      this.maxMessages = maxMessages;
      return this;
    }

    /**
     * On the Responses API, chains each call to the previous answer by {@code
     * previous_response_id} and sends only the new user message, for services that store
     * responses (OpenAI keeps them 30 days). Chat Completions calls, and a first turn, send the
     * history as usual. When the server answers that it keeps no such state ({@code
     * previous_response_not_found}, {@code Unsupported parameter: previous_response_id}, a 404),
     * the call is sent again with the history, and the client sends history from then on.
     */
    public Builder serverState(boolean serverState) {
      this.serverState = serverState;
      return this;
    }

    /** The conversation. */
    public Conversation build() {
      return new Conversation(this);
    }
  }
}
