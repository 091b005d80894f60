package dev.promptfit.internal.call;

import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.conversation.ConversationTurn;
import dev.promptfit.internal.http.CallDeadline;
import dev.promptfit.internal.listen.CallEvents;
import dev.promptfit.internal.request.LlmRequest;
import java.io.Closeable;
import java.util.ArrayDeque;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The events of one prompt call, across every request its answer takes, pulled one at a
 * time on the consumer's thread: the one thing every return type reads. It ends with exactly one
 * {@link StreamEvent.Completed} (or an exception); {@link #cancel()} works from any thread and also
 * stops a request not yet sent. Its {@link CallDeadline} spans all of its requests.
 *
 * <p>Capabilities that need more than one request (a tool round, a repair re-ask, a format
 * fallback) continue the turn here with the next request derived from the last one, so no return
 * type changes for them. Tool rounds: when a response completes with tool calls, its {@code
 * Completed} is held back, the {@link ToolLoop} queues the calls' events and runs them, and the
 * turn goes on with the next request; only the final response's {@code Completed} comes out.
 *
 * <p>A turn with a conversation ({@link ConversationTurn}) loads it into its first request when
 * that is sent, sends that request again with the history when the server refuses {@code
 * previous_response_id}, and appends the turn before its final {@code Completed} goes out.
 *
 * <p>A typed answer's {@link TypedTurn} sees each event and each failed request first: a request
 * whose response format was refused is sent again in the next mode, and the final response is
 * read (or repaired with another request) before its {@code Completed} comes out, so a typed
 * failure is the turn's failure. Repair requests are not part of the conversation.
 */
public final class Turn implements Closeable {
  private final Invocation invocation;
  private LlmRequest request;
  private final boolean keepText;
  private final CallDeadline deadline;
  private final CallEvents events;
  private final @Nullable ToolLoop tools;
  private final @Nullable TypedTurn typed;
  private final ArrayDeque<StreamEvent> queued = new ArrayDeque<>(4);
  private boolean callsToRun;
  private final @Nullable ConversationTurn conversation;
  private volatile @Nullable Exchange current;
  private volatile boolean cancelled;
  private volatile boolean closed;
  private boolean finished;

  Turn(Invocation invocation, LlmRequest request, boolean keepText, CallDeadline deadline) {
    this.invocation = invocation;
    this.request = request;
    this.keepText = keepText;
    this.deadline = deadline;
    this.events = invocation.events();
    this.tools = invocation.toolLoop(deadline, events);
    this.conversation = invocation.conversationTurn();
    this.typed = invocation.typed(request);
  }

  /** The failure path of the method. */
  public Failures failures() {
    return invocation.failures();
  }

  /** The typed answer of the turn; only for a method with one. */
  public TypedTurn typed() {
    if (typed == null) {
      throw new IllegalStateException(failures().method() + " has no typed answer");
    }
    return typed;
  }

  /**
   * The next event, or null after {@link StreamEvent.Completed}. After {@link #close()} cut the
   * turn short (from this thread or, while this one was reading, from another), the method's
   * cancellation.
   */
  public @Nullable StreamEvent next() {
    if (finished) {
      return null;
    }
    events.started();
    try {
      if (closed) {
        throw failures().cancelled();
      }
      while (true) {
        StreamEvent event = queued.poll();
        if (event != null) {
          events.received(event);
          return event;
        }
        if (callsToRun && tools != null) {
          callsToRun = false;
          request = tools.runCalls(request, queued);
          current = null;
          continue;
        }
        Exchange exchange = current;
        if (exchange == null) {
          if (conversation != null) {
            request = conversation.first(request);
          }
          exchange = open(request);
        }
        if (typed != null) {
          typed.beforeRead();
        }
        try {
          event = exchange.next();
        } catch (RuntimeException e) {
          LlmRequest instead = typed == null ? null : typed.afterFailure(e, request);
          if (instead == null && conversation != null) {
            instead = conversation.fallback(request, e);
          }
          if (instead == null) {
            throw e;
          }
          request = instead;
          current = null;
          continue;
        }
        if (typed != null && event != null) {
          typed.observe(event);
        }
        Reply answer = event instanceof StreamEvent.Completed completed ? completed.reply() : null;
        if (answer != null && tools != null) {
          if (tools.afterResponse(answer, exchange.output(), queued)) {
            callsToRun = true;
            if (typed != null) {
              typed.toolRound();
            }
            continue;
          }
          event = tools.completed(answer);
        }
        if (answer != null && typed != null) {
          LlmRequest repair = typed.afterAnswer(answer, request);
          if (repair != null) {
            request = repair;
            current = null;
            continue;
          }
          event = typed.completed((StreamEvent.Completed) event);
        }
        if (event instanceof StreamEvent.Completed completed && conversation != null) {
          event =
              conversation.completed(
                  typed == null ? request : typed.withoutRepairs(request), completed);
        }
        events.received(event);
        if (event == null || event instanceof StreamEvent.Completed) {
          finish();
        }
        return event;
      }
    } catch (RuntimeException | Error e) {
      finish();
      events.failed(e);
      throw e;
    }
  }

  /**
   * Reads to the end and returns the final reply. Needs a turn started with {@code keepText}, so
   * that the reply carries the whole text.
   */
  public Reply drain() {
    if (!keepText) {
      throw new IllegalStateException(failures().method() + ": drain() needs a turn that keeps text");
    }
    for (StreamEvent event; (event = next()) != null; ) {
      if (event instanceof StreamEvent.Completed completed) {
        return completed.reply();
      }
    }
    throw new IllegalStateException(failures().method() + ": the turn was already consumed");
  }

  /** Cancels the turn from any thread: the request in flight, and any request not yet sent. */
  public void cancel() {
    cancelled = true;
    Exchange exchange = current;
    if (exchange != null) {
      exchange.cancel();
    }
    if (tools != null) {
      tools.cancel();
    }
  }

  /**
   * Cancels the turn if it is still running and releases its connection; from any thread, never
   * throwing. A thread reading the turn meanwhile ends with the cancellation. Idempotent.
   */
  @Override
  public void close() {
    closed = true;
    Exchange exchange = current;
    if (exchange != null) {
      exchange.close();
    }
    if (!finished) {
      events.closedEarly(failures());
    }
    if (tools != null && !finished) {
      tools.cancel();
    }
    deadline.stop();
  }

  private Exchange open(LlmRequest next) {
    if (cancelled) {
      throw failures().cancelled();
    }
    Exchange exchange = invocation.exchange(next, keepText, deadline, events);
    current = exchange;
    if (cancelled || closed) {
      // cancel() or close() ran between the check above and the assignment: it did not see this
      // exchange. This thread reads it, so the read ends with the cancellation and releases it.
      exchange.cancel();
    }
    return exchange;
  }

  private void finish() {
    finished = true;
    deadline.stop();
  }

  @Override
  public String toString() {
    return "Turn{" + failures().method() + (finished ? ", finished" : "") + "}";
  }
}
