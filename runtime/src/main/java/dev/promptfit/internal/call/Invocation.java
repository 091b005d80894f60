package dev.promptfit.internal.call;

import dev.promptfit.Conversation;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.conversation.ConversationTurn;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.endpoint.Endpoint;
import dev.promptfit.internal.http.CallDeadline;
import dev.promptfit.internal.http.HeadersSignal;
import dev.promptfit.internal.http.RetryingCall;
import dev.promptfit.internal.listen.CallEvents;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.tool.Toolbox;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Not API. One invocation of a prompt method, resolved and not yet started: the endpoint, the first
 * request, the headers and the failure path. A return type starts it as often as it needs, each
 * start a new {@link Turn} (a cold {@code Flow.Publisher} starts once per subscriber).
 */
public final class Invocation {
  private final CallContext context;
  private final Failures failures;
  private final Endpoint endpoint;
  private final LlmRequest request;
  private final Map<String, String> headers;
  private final @Nullable Duration deadline;
  private final @Nullable String notFoundHint;
  private final CallEvents firstEvents;
  private final AtomicBoolean firstEventsTaken = new AtomicBoolean();
  private final @Nullable Toolbox toolbox;
  private final @Nullable Conversation conversation;
  private final @Nullable TypedMethod typed;

  /**
   * @param deadline this call's whole-call deadline, or null for the client's
   * @param notFoundHint what a 404's message adds, or null
   * @param events the listeners' view of the call, created as the method was invoked
   * @param toolbox the tools the call offers, or null for none
   * @param conversation the call's conversation, or null for none
   * @param typed the method's typed answer, or null for a text method
   */
  public Invocation(
      CallContext context,
      Failures failures,
      Endpoint endpoint,
      LlmRequest request,
      Map<String, String> headers,
      @Nullable Duration deadline,
      @Nullable String notFoundHint,
      CallEvents events,
      @Nullable Toolbox toolbox,
      @Nullable Conversation conversation,
      @Nullable TypedMethod typed) {
    this.context = context;
    this.failures = failures;
    this.endpoint = endpoint;
    this.request = request;
    this.headers = Map.copyOf(headers);
    this.deadline = deadline;
    this.notFoundHint = notFoundHint;
    this.firstEvents = events;
    this.toolbox = toolbox;
    this.conversation = conversation;
    this.typed = typed;
  }

  /**
   * Starts a turn. {@code keepText}: whether its reply carries the whole text (return types that
   * hand out a {@code Reply}) or only deltas pass through (then memory stays bounded). A turn with
   * a conversation always keeps it: the answer is stored.
   */
  public Turn start(boolean keepText) {
    return new Turn(
        this,
        request,
        keepText || context.listeners().captureContent() || conversation != null,
        new CallDeadline(deadline != null ? deadline : context.timeouts().call()));
  }

  /** The tool loop of a turn, or null when the call offers no tools. */
  @Nullable ToolLoop toolLoop(CallDeadline turnDeadline, CallEvents events) {
    return toolbox == null
        ? null
        : new ToolLoop(
            toolbox,
            context.tools(),
            context.executor(),
            failures,
            endpoint.api(),
            turnDeadline,
            events);
  }

  /** What a new turn does with the call's conversation, or null when the call has none. */
  @Nullable ConversationTurn conversationTurn() {
    return conversation == null
        ? null
        : new ConversationTurn(
            conversation, context.serverState(), failures, endpoint.api() == Api.RESPONSES);
  }

  /** The typed answer of a turn whose first request is {@code first}, or null for text. */
  @Nullable TypedTurn typed(LlmRequest first) {
    return typed == null ? null : new TypedTurn(typed, context.output(), failures, first);
  }

  /** The failure path of the method. */
  public Failures failures() {
    return failures;
  }

  /** Runs the asynchronous return types. */
  public Executor executor() {
    return context.executor();
  }

  /**
   * The listeners' view of a new turn: the call created when the method was invoked for the first
   * turn, a new call for each later one (a cold publisher subscribed again).
   */
  CallEvents events() {
    return firstEventsTaken.compareAndSet(false, true) ? firstEvents : firstEvents.renew();
  }

  /** One request of a turn, not yet sent. */
  Exchange exchange(
      LlmRequest next, boolean keepText, CallDeadline turnDeadline, CallEvents events) {
    HeadersSignal signal = new HeadersSignal();
    Call<ResponseBody> call =
        context.service().post(endpoint.path(), endpoint.body(next), headers, signal);
    RetryingCall retrying =
        new RetryingCall(
            call,
            failures,
            context.retryPolicy(),
            context.timeouts(),
            turnDeadline,
            notFoundHint,
            signal,
            events);
    BackgroundResponse background =
        next.background()
            ? new BackgroundResponse(context, failures, headers, turnDeadline, events)
            : null;
    return new Exchange(
        retrying, endpoint, failures, keepText, !next.tools().isEmpty(), background);
  }

  @Override
  public String toString() {
    return "Invocation{" + failures.method() + " via " + endpoint + "}";
  }
}
