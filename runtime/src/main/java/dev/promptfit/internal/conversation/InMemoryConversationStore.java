package dev.promptfit.internal.conversation;

import dev.promptfit.ConversationMessage;
import dev.promptfit.ConversationStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Not API. {@link ConversationStore#inMemory()}: conversations by id in a map, every operation
 * under one lock, so an append is one unit and a load never sees half of one.
 */
public final class InMemoryConversationStore implements ConversationStore {
  private final Map<String, List<ConversationMessage>> conversations = new HashMap<>();

  @Override
  public synchronized List<ConversationMessage> load(String id) {
    List<ConversationMessage> messages = conversations.get(Objects.requireNonNull(id, "id"));
    return messages == null ? List.of() : List.copyOf(messages);
  }

  @Override
  public synchronized void append(String id, List<ConversationMessage> messages) {
    Objects.requireNonNull(id, "id");
    // Checked before anything is added, so a bad list adds nothing.
    List<ConversationMessage> checked = List.copyOf(messages);
    conversations.computeIfAbsent(id, k -> new ArrayList<>()).addAll(checked);
  }

  /**
   * Forgets what a window of {@code max} messages can no longer send, so a long conversation with a
   * limit holds bounded memory.
   */
  public synchronized void retain(String id, int max) {
    List<ConversationMessage> messages = conversations.get(id);
    if (messages == null || max == 0 || messages.size() <= max) {
      return;
    }
    int start = HistoryWindow.start(messages, messages.size() - max);
    messages.subList(0, start).clear();
  }

  @Override
  public synchronized String toString() {
    return "ConversationStore.inMemory(){conversations=" + conversations.size() + "}";
  }
}
