/**
 * Not API: conversations. {@link dev.promptfit.internal.conversation.ConversationTurn} is what one
 * turn of a call does with its {@link dev.promptfit.Conversation}: it loads the history into the
 * first request (or chains by {@code previous_response_id}), and appends the turn when the call
 * completes. {@link dev.promptfit.internal.conversation.ConversationItems} converts between
 * stored messages and request items.
 */
@NullMarked
package dev.promptfit.internal.conversation;

import org.jspecify.annotations.NullMarked;
