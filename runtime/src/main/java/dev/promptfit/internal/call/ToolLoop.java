package dev.promptfit.internal.call;

import dev.promptfit.PromptfitException;
import dev.promptfit.Reply;
import dev.promptfit.StreamEvent;
import dev.promptfit.ToolErrors;
import dev.promptfit.ToolExecution;
import dev.promptfit.ToolExecutionException;
import dev.promptfit.ToolLoopException;
import dev.promptfit.Usage;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.http.CallDeadline;
import dev.promptfit.internal.http.Timeouts;
import dev.promptfit.internal.listen.CallEvents;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.ModelOutput;
import dev.promptfit.internal.request.ToolOutput;
import dev.promptfit.internal.tool.BoundCall;
import dev.promptfit.internal.tool.ToolPolicy;
import dev.promptfit.internal.tool.ToolRound;
import dev.promptfit.internal.tool.Toolbox;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The tool rounds of one turn. When a response completes with tool calls, the turn asks
 * {@link #afterResponse}, which checks the round limit and queues a {@link StreamEvent.ToolCall}
 * per call; once those are read, {@link #runCalls} runs them concurrently, queues a {@link
 * StreamEvent.ToolResult} per call in call order and derives the next request: the previous one,
 * then the response's output as it came, then the results. The final response becomes the turn's
 * one {@code Completed}, with usage summed over every response and the text of every round.
 *
 * <p>Failures: a tool that throws, an unknown tool name or arguments that do not fit are sent back
 * as an error result naming the problem (the key removed), or, under {@link ToolErrors#THROW}, end
 * the call with a {@link ToolExecutionException}; a tool's {@link Error} always ends it. A response
 * that still calls tools after {@code maxToolRounds} rounds ends it with a {@link
 * ToolLoopException}, its calls not run.
 */
final class ToolLoop {
  /** The longest tool failure message sent back; a stack of nested causes can be long. */
  private static final int MAX_MESSAGE = 2000;

  private final Toolbox toolbox;
  private final ToolPolicy policy;
  private final Executor executor;
  private final Failures failures;
  private final Api api;
  private final CallDeadline deadline;
  private final CallEvents events;
  private int rounds;
  private Usage usage = Usage.NONE;
  private final StringBuilder text = new StringBuilder();
  private @Nullable ModelOutput pending;
  private volatile @Nullable ToolRound running;
  private volatile boolean cancelled;

  ToolLoop(
      Toolbox toolbox,
      ToolPolicy policy,
      Executor executor,
      Failures failures,
      Api api,
      CallDeadline deadline,
      CallEvents events) {
    this.toolbox = toolbox;
    this.policy = policy;
    this.executor = executor;
    this.failures = failures;
    this.api = api;
    this.deadline = deadline;
    this.events = events;
  }

  /**
   * Looks at a completed response: true if it called tools, whose {@code ToolCall} events are then
   * in {@code out} and which {@link #runCalls} runs next; false if it is the final answer.
   */
  boolean afterResponse(Reply reply, ModelOutput output, Queue<StreamEvent> out) {
    if (output.calls().isEmpty()) {
      return false;
    }
    List<StreamEvent.ToolCall> calls = withIds(output.calls());
    if (rounds >= policy.maxRounds()) {
      List<String> names = calls.stream().map(StreamEvent.ToolCall::name).toList();
      throw new ToolLoopException(
          failures.message(
              "the model still called tools ("
                  + String.join(", ", names)
                  + ") after "
                  + rounds
                  + (rounds == 1 ? " round" : " rounds")
                  + " of tool calls, the limit; those calls were not run (raise"
                  + " Promptfit.builder().maxToolRounds(...) if the task needs more rounds)"),
          rounds,
          names);
    }
    usage = Spending.plus(usage, reply.usage());
    text.append(reply.text());
    pending = output.withCalls(calls);
    out.addAll(calls);
    return true;
  }

  /**
   * Runs the calls of the response {@link #afterResponse} accepted, queues their results and
   * returns the next request.
   */
  LlmRequest runCalls(LlmRequest request, Queue<StreamEvent> out) {
    ModelOutput output = pending;
    if (output == null) {
      throw new IllegalStateException("no tool calls to run");
    }
    pending = null;
    List<BoundCall> bound = new ArrayList<>(output.calls().size());
    for (StreamEvent.ToolCall call : output.calls()) {
      bound.add(toolbox.bind(call));
    }
    int round = rounds + 1;
    events.toolRound(round, bound.size());
    List<ToolRound.Outcome> outcomes = run(new ToolRound(bound, executor, listened(round)));
    rounds = round;
    LlmRequest.Builder next = request.toBuilder().item(output);
    for (ToolRound.Outcome outcome : outcomes) {
      StreamEvent.ToolCall call = outcome.call();
      String result = outcome.failed() ? errorResult(outcome) : outcome.result();
      out.add(new StreamEvent.ToolResult(call.callId(), call.name(), result));
      next.item(new ToolOutput(call.callId(), call.name(), result));
    }
    return next.build();
  }

  /** The turn's final {@code Completed}: the last reply with every round's usage and text. */
  StreamEvent.Completed completed(Reply last) {
    if (rounds == 0) {
      return new StreamEvent.Completed(last);
    }
    return new StreamEvent.Completed(
        last.toBuilder()
            .usage(Spending.plus(usage, last.usage()))
            .text(text + last.text())
            .build());
  }

  /**
   * How each call of round {@code round} is reported to listeners: around the tool on its own
   * thread, or, for a call that could not run, where that was found.
   */
  private ToolRound.Listener listened(int round) {
    return new ToolRound.Listener() {
      @Override
      public @Nullable Object started(StreamEvent.ToolCall call) {
        return events.toolStarted(round, call.name(), call.callId(), call.arguments());
      }

      @Override
      public void ended(
          @Nullable Object started,
          StreamEvent.ToolCall call,
          @Nullable String result,
          @Nullable Throwable thrown,
          @Nullable String problem) {
        Throwable failure = thrown != null ? failures.cause(thrown) : null;
        if (problem != null) {
          failure =
              new ToolExecutionException(
                  failures.message(problem), call.name(), call.callId(), null);
        }
        String sent = result;
        if (sent == null
            && policy.errors() == ToolErrors.SEND_TO_MODEL
            && !(thrown instanceof Error)) {
          sent = errorResult(call, thrown, problem);
        }
        events.toolEnded((ToolExecution) started, sent, failure);
      }
    };
  }

  /** Stops a round in progress, from any thread; a round not yet started will not start. */
  void cancel() {
    cancelled = true;
    ToolRound round = running;
    if (round != null) {
      round.cancel();
    }
  }

  private List<ToolRound.Outcome> run(ToolRound round) {
    running = round;
    if (cancelled) {
      round.cancel();
    }
    // The whole-call deadline cancels the round as it cancels an HTTP attempt.
    deadline.watch(round::cancel);
    List<ToolRound.Outcome> outcomes;
    try {
      outcomes = round.run(policy.errors() == ToolErrors.THROW);
    } catch (CancellationException e) {
      throw stopped();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failures.cancelled();
    } catch (RejectedExecutionException e) {
      throw failures.clientClosed(e);
    } finally {
      running = null;
    }
    if (cancelled || deadline.passed()) {
      throw stopped();
    }
    for (ToolRound.Outcome outcome : outcomes) {
      if (outcome.failed()
          && (policy.errors() == ToolErrors.THROW || outcome.thrown() instanceof Error)) {
        throw executionFailure(outcome);
      }
    }
    return outcomes;
  }

  private RuntimeException stopped() {
    if (deadline.passed() && !cancelled) {
      return failures.timeout(
          "the call deadline of "
              + Timeouts.format(deadline.limit().orElse(Duration.ZERO))
              + " passed while tools ran (set by CallOptions.timeout(...) or"
              + " Promptfit.builder().callTimeout(...))",
          "",
          null);
    }
    return failures.cancelled();
  }

  private ToolExecutionException executionFailure(ToolRound.Outcome outcome) {
    StreamEvent.ToolCall call = outcome.call();
    Throwable thrown = outcome.thrown();
    String detail =
        thrown != null
            ? "tool " + call.name() + " threw " + describe(thrown)
            : String.valueOf(outcome.problem());
    return new ToolExecutionException(
        failures.message(detail + " (call " + call.callId() + ")"),
        call.name(),
        call.callId(),
        failures.cause(thrown));
  }

  private String errorResult(ToolRound.Outcome outcome) {
    return errorResult(outcome.call(), outcome.thrown(), outcome.problem());
  }

  /** The error result the model reads, worded so it can correct itself; never holds the key. */
  private String errorResult(
      StreamEvent.ToolCall call, @Nullable Throwable thrown, @Nullable String problem) {
    String detail =
        thrown != null
            ? "tool " + call.name() + " failed: " + describe(thrown)
            : String.valueOf(problem);
    String message = failures.redact(detail);
    if (message.length() > MAX_MESSAGE) {
      message = message.substring(0, MAX_MESSAGE) + "...";
    }
    return "Error: " + message;
  }

  private static String describe(Throwable thrown) {
    String message = thrown.getMessage();
    return thrown.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /**
   * The calls with an id each. A Chat server that sent none gets ids of the loop's own, which pair
   * each call with its result; a Responses {@code function_call} without {@code call_id} cannot be
   * answered, since the server matches the result by it.
   */
  private List<StreamEvent.ToolCall> withIds(List<StreamEvent.ToolCall> calls) {
    List<StreamEvent.ToolCall> out = new ArrayList<>(calls.size());
    for (int i = 0; i < calls.size(); i++) {
      StreamEvent.ToolCall call = calls.get(i);
      if (!call.callId().isEmpty()) {
        out.add(call);
      } else if (api == Api.CHAT_COMPLETIONS) {
        out.add(
            new StreamEvent.ToolCall(
                "call_promptfit_" + (rounds + 1) + "_" + (i + 1), call.name(), call.arguments()));
      } else {
        throw noCallId(call);
      }
    }
    return out;
  }

  private PromptfitException noCallId(StreamEvent.ToolCall call) {
    return failures.failure(
        "the model called tool \""
            + call.name()
            + "\" with a function_call item that has no call_id, so its result cannot be sent"
            + " back; the server broke the Responses protocol",
        null);
  }
}
