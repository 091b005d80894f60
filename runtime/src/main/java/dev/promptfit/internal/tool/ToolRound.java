package dev.promptfit.internal.tool;

import dev.promptfit.StreamEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Runs the calls of one model response concurrently on the client's executor and waits
 * for them on the caller's thread. {@link #cancel()}, from any thread, interrupts the tools still
 * running and wakes the wait, which then throws {@link CancellationException}.
 *
 * <p>Outcomes come back in call order. With {@code stopAtFailure} (and always for an {@link Error}),
 * the first failure to happen cancels the other calls and is the only outcome returned.
 */
public final class ToolRound {
  /**
   * What one call came to: its {@code result}, or the {@code thrown} exception of the tool, or the
   * {@code problem} that kept it from running.
   */
  public record Outcome(
      StreamEvent.ToolCall call,
      @Nullable String result,
      @Nullable Throwable thrown,
      @Nullable String problem) {

    public boolean failed() {
      return result == null;
    }
  }

  /**
   * Told about each call: {@link #started} and {@link #ended} on the thread that runs the tool,
   * immediately around it; for a call that cannot run, both on the waiting thread. Must not throw.
   */
  public interface Listener {
    /** No one listens. */
    Listener NONE =
        new Listener() {
          @Override
          public @Nullable Object started(StreamEvent.ToolCall call) {
            return null;
          }

          @Override
          public void ended(
              @Nullable Object started,
              StreamEvent.ToolCall call,
              @Nullable String result,
              @Nullable Throwable thrown,
              @Nullable String problem) {}
        };

    /** The call is about to run; returns what {@link #ended} is given. */
    @Nullable Object started(StreamEvent.ToolCall call);

    /** The call ran, or could not ({@code problem}). */
    void ended(
        @Nullable Object started,
        StreamEvent.ToolCall call,
        @Nullable String result,
        @Nullable Throwable thrown,
        @Nullable String problem);
  }

  private final List<BoundCall> calls;
  private final Executor executor;
  private final Listener listener;
  private final BlockingQueue<Integer> finished = new LinkedBlockingQueue<>();
  private final List<FutureTask<String>> tasks = new ArrayList<>();
  private final List<@Nullable FutureTask<String>> byCall = new ArrayList<>();
  private volatile boolean cancelled;

  public ToolRound(List<BoundCall> calls, Executor executor, Listener listener) {
    this.calls = List.copyOf(calls);
    this.executor = executor;
    this.listener = listener;
  }

  /**
   * Runs every call and returns their outcomes in call order; with {@code stopAtFailure}, only the
   * first failure.
   *
   * @throws CancellationException if {@link #cancel()} stopped the round
   * @throws InterruptedException if the waiting thread was interrupted; the tools are cancelled
   */
  public List<Outcome> run(boolean stopAtFailure) throws InterruptedException {
    Outcome[] outcomes = new Outcome[calls.size()];
    int running = 0;
    for (int i = 0; i < calls.size(); i++) {
      BoundCall bound = calls.get(i);
      if (bound.invocation() == null) {
        outcomes[i] = new Outcome(bound.call(), null, null, bound.problem());
        listener.ended(listener.started(bound.call()), bound.call(), null, null, bound.problem());
        if (stopAtFailure) {
          return List.of(outcomes[i]);
        }
      }
    }
    synchronized (tasks) {
      if (cancelled) {
        throw new CancellationException("cancelled");
      }
      for (int i = 0; i < calls.size(); i++) {
        BoundCall bound = calls.get(i);
        if (bound.invocation() != null) {
          int index = i;
          FutureTask<String> task =
              new FutureTask<>(() -> listened(bound)) {
                @Override
                protected void done() {
                  finished.add(index);
                }
              };
          tasks.add(task);
          byCall.add(task);
          running++;
        } else {
          byCall.add(null);
        }
      }
    }
    try {
      for (FutureTask<String> task : tasks) {
        executor.execute(task);
      }
      for (; running > 0; running--) {
        int index = finished.take();
        if (cancelled) {
          throw new CancellationException("cancelled");
        }
        FutureTask<String> task = byCall.get(index);
        Outcome outcome = outcome(calls.get(index).call(), task);
        outcomes[index] = outcome;
        if (outcome.failed() && (stopAtFailure || outcome.thrown() instanceof Error)) {
          cancel();
          return List.of(outcome);
        }
      }
    } catch (InterruptedException | RuntimeException e) {
      cancel();
      throw e;
    }
    return Arrays.asList(outcomes);
  }

  /** Runs a call's tool, the listener told immediately around it on this thread. */
  private String listened(BoundCall bound) throws Exception {
    StreamEvent.ToolCall call = bound.call();
    Object started = listener.started(call);
    String result;
    try {
      result = bound.invocation().run();
    } catch (Throwable t) {
      listener.ended(started, call, null, t, null);
      throw t;
    }
    listener.ended(started, call, result == null ? "null" : result, null, null);
    return result;
  }

  /** Cancels the round: tools still running are interrupted. Idempotent; safe from any thread. */
  public void cancel() {
    synchronized (tasks) {
      cancelled = true;
      for (FutureTask<String> task : tasks) {
        task.cancel(true);
      }
    }
  }

  private static Outcome outcome(StreamEvent.ToolCall call, FutureTask<String> task)
      throws InterruptedException {
    try {
      String result = task.get();
      // A tool whose result is a null String is sent as "null", by ToolResults.text.
      return new Outcome(call, result == null ? "null" : result, null, null);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return new Outcome(call, null, cause, null);
    }
  }
}
