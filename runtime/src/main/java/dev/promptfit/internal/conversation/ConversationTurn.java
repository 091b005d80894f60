package dev.promptfit.internal.conversation;

import dev.promptfit.ApiException;
import dev.promptfit.Conversation;
import dev.promptfit.ConversationMessage;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What one turn of a call does with its {@link Conversation}.
 *
 * <ol>
 *   <li>{@link #first}: when the turn sends its first request, the stored history goes before the
 *       new user message, or, under {@code serverState(true)} on the Responses API, the request
 *       chains to the last stored answer by {@code previous_response_id} and carries the user
 *       message alone.
 *   <li>{@link #fallback}: a server that refuses {@code previous_response_id} gets the request
 *       again with the history, once; the client remembers it ({@link ServerState}).
 *   <li>{@link #completed}: when the turn's final {@code Completed} comes, the user message, what
 *       the turn's tool rounds added and the answer are appended in one {@code append}, before the
 *       event reaches the caller. A turn that never completes appends nothing.
 * </ol>
 */
public final class ConversationTurn {
  private final Conversation conversation;
  private final ServerState serverState;
  private final Failures failures;
  private final boolean responses;
  private @Nullable Message user;
  private boolean fellBack;

  /**
   * @param responses whether the turn's endpoint is the Responses API, where answers have ids a
   *     later call can chain to
   */
  public ConversationTurn(
      Conversation conversation, ServerState serverState, Failures failures, boolean responses) {
    this.conversation = conversation;
    this.serverState = serverState;
    this.failures = failures;
    this.responses = responses;
  }

  /**
   * The turn's first request: {@code request}, whose last item is the new user message, with the
   * conversation before it. Loads the store now, so a lazy stream sees the turns stored before it
   * started. A later request of the turn (a tool round, a fallback) is returned as it is.
   */
  public LlmRequest first(LlmRequest request) {
    if (user != null) {
      return request;
    }
    List<Item> items = request.items();
    user = (Message) items.get(items.size() - 1);
    List<ConversationMessage> stored = load();
    if (responses && conversation.serverState() && !serverState.stateless()) {
      String previous = lastResponseId(stored);
      if (previous != null) {
        return request.toBuilder().previousResponseId(previous).build();
      }
    }
    return withHistory(request, stored);
  }

  /**
   * The request to send instead of {@code sent} after it failed with {@code failure}: the history
   * in place of a {@code previous_response_id} the server refused. Null when the failure stands.
   */
  public @Nullable LlmRequest fallback(LlmRequest sent, RuntimeException failure) {
    if (fellBack
        || sent.previousResponseId() == null
        || !(failure instanceof ApiException api)
        || !ServerState.refusesState(api)) {
      return null;
    }
    fellBack = true;
    serverState.learnStateless(failures.method(), api);
    return withHistory(sent.toBuilder().previousResponseId(null).build(), load());
  }

  /**
   * Appends the completed turn and returns {@code done} for the caller. {@code last} is the turn's
   * last request, whose items after the user message are what its tool rounds added.
   *
   * @throws dev.promptfit.ConversationStoreException when the store cannot append; it holds the
   *     answer and the turn
   */
  public StreamEvent.Completed completed(LlmRequest last, StreamEvent.Completed done) {
    Message asked = user;
    if (asked == null) {
      throw new IllegalStateException("completed() before first()");
    }
    List<Item> items = last.items();
    int at = items.size() - 1;
    while (at >= 0 && items.get(at) != asked) {
      at--;
    }
    Reply reply = done.reply();
    String responseId = responses && !reply.id().isEmpty() ? reply.id() : null;
    List<ConversationMessage> turn =
        ConversationItems.turn(asked, items.subList(at + 1, items.size()), reply, responseId);
    try {
      conversation.store().append(conversation.id(), turn);
    } catch (RuntimeException e) {
      throw failures.conversationStore(
          "the answer arrived, but the store of conversation "
              + conversation.id()
              + " could not append its turn ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + "); nothing was stored, and the exception holds the answer (reply()) and the turn"
              + " (messages())",
          reply,
          turn,
          e);
    }
    if (conversation.store() instanceof InMemoryConversationStore memory) {
      memory.retain(conversation.id(), conversation.maxMessages().orElse(0));
    }
    return done;
  }

  private LlmRequest withHistory(LlmRequest request, List<ConversationMessage> stored) {
    List<ConversationMessage> window =
        HistoryWindow.latest(stored, conversation.maxMessages().orElse(0));
    return request.toBuilder().history(ConversationItems.items(window)).build();
  }

  private List<ConversationMessage> load() {
    try {
      return List.copyOf(conversation.store().load(conversation.id()));
    } catch (RuntimeException e) {
      throw failures.failure(
          "could not load conversation "
              + conversation.id()
              + " from its store, so nothing was sent ("
              + e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : ": " + e.getMessage())
              + ")",
          e);
    }
  }

  /** The id of the answer the conversation ends with, if it has one a request can chain to. */
  private static @Nullable String lastResponseId(List<ConversationMessage> stored) {
    if (stored.isEmpty()) {
      return null;
    }
    ConversationMessage last = stored.get(stored.size() - 1);
    return last.role() == ConversationMessage.Role.ASSISTANT ? last.responseId() : null;
  }

  @Override
  public String toString() {
    return "ConversationTurn{" + conversation.id() + "}";
  }
}
