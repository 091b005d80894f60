package dev.promptfit.internal.conversation;

import dev.promptfit.ConversationMessage;
import java.util.List;

/**
 * Not API. The part of a conversation a call sends under {@code maxMessages}: the latest messages,
 * less any tool result at the window's start, whose call fell outside it. A call and its results
 * are then sent together or not at all (a result without its call is a 400 on both APIs), and a
 * reasoning item never leaves its call, since both live in one assistant message.
 */
public final class HistoryWindow {
  private HistoryWindow() {}

  /** The latest {@code max} messages, less orphaned tool results; all of them when {@code max} is 0. */
  public static List<ConversationMessage> latest(List<ConversationMessage> messages, int max) {
    int from = max == 0 ? 0 : Math.max(0, messages.size() - max);
    return List.copyOf(messages.subList(start(messages, from), messages.size()));
  }

  /** The first index at or after {@code from} that is not a tool result. */
  static int start(List<ConversationMessage> messages, int from) {
    int start = from;
    if (start == 0) {
      return 0;
    }
    while (start < messages.size() && messages.get(start).role() == ConversationMessage.Role.TOOL) {
      start++;
    }
    return start;
  }
}
