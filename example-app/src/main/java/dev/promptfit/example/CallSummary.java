package dev.promptfit.example;

import dev.promptfit.PromptCall;
import dev.promptfit.PromptfitListener;
import dev.promptfit.Reply;
import dev.promptfit.Usage;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A {@link PromptfitListener} that gives one line per prompt call when it ends or fails: how long
 * it took, when its first token arrived, the tool rounds and retries it needed, and the tokens the
 * service reported.
 *
 * <pre><code>
 * CallSummary summary = new CallSummary(System.out::println);
 * Promptfit promptfit = Promptfit.builder().listener(summary).build();
 * //   [Assistant.haiku] 1,234 ms, first token after 210 ms, tokens 12 in / 48 out
 * //   [Assistant.translate] 640 ms, not streamed, tokens 25 in / 4 out
 * //   [TravelAgent.plan] 2,071 ms, first token after 1,502 ms, 1 tool round (2 tools), tokens 311 in / 96 out
 * //   [Extractor.meeting] failed after 12 ms, not streamed: OutputParseException
 * </code></pre>
 *
 * <p>A client's calls may run at once on several threads (futures, publishers, parallel tools), so
 * what a call needed is counted on the call itself ({@link PromptCall#put}) and each line is handed
 * whole to {@code lines}, which must be safe to call from any thread.
 */
final class CallSummary implements PromptfitListener {
  private static final Key<Counts> COUNTS = Key.named("CallSummary.counts");

  private final Consumer<String> lines;

  /** Hands each call's line, without a line separator, to {@code lines}. */
  CallSummary(Consumer<String> lines) {
    this.lines = Objects.requireNonNull(lines, "lines");
  }

  @Override
  public void callStarted(PromptCall call) {
    call.put(COUNTS, new Counts());
  }

  @Override
  public void attemptStarted(PromptCall call, int retry) {
    if (retry > 0) {
      call.get(COUNTS).retries.incrementAndGet();
    }
  }

  @Override
  public void toolRoundStarted(PromptCall call, int round, int calls) {
    Counts counts = call.get(COUNTS);
    counts.toolRounds.incrementAndGet();
    counts.tools.addAndGet(calls);
  }

  @Override
  public void callEnded(PromptCall call, Reply reply) {
    lines.accept(
        "  ["
            + call.method()
            + "] "
            + millis(call.duration())
            + ", "
            + firstToken(call)
            + needed(call)
            + ", "
            + tokens(reply.usage()));
  }

  @Override
  public void callFailed(PromptCall call, Throwable failure) {
    lines.accept(
        "  ["
            + call.method()
            + "] failed after "
            + millis(call.duration())
            + ", "
            + firstToken(call)
            + needed(call)
            + ": "
            + failure.getClass().getSimpleName());
  }

  /**
   * A call that is not streamed gets its whole answer at once, so a first token would only repeat
   * its duration.
   */
  private static String firstToken(PromptCall call) {
    if (!call.streaming()) {
      return "not streamed";
    }
    return call.timeToFirstDelta()
        .map(time -> "first token after " + millis(time))
        .orElse("no token arrived");
  }

  /** The tool rounds and retries, only when there were some: most calls need neither. */
  private static String needed(PromptCall call) {
    Counts counts = call.get(COUNTS);
    StringBuilder text = new StringBuilder();
    int rounds = counts.toolRounds.get();
    if (rounds > 0) {
      int tools = counts.tools.get();
      text.append(", ")
          .append(rounds)
          .append(rounds == 1 ? " tool round (" : " tool rounds (")
          .append(tools)
          .append(tools == 1 ? " tool)" : " tools)");
    }
    int retries = counts.retries.get();
    if (retries > 0) {
      text.append(", ").append(retries).append(retries == 1 ? " retry" : " retries");
    }
    return text.toString();
  }

  private static String tokens(Usage usage) {
    if (!usage.isReported()) {
      return "tokens not reported";
    }
    return String.format(
        Locale.ROOT, "tokens %,d in / %,d out", usage.inputTokens(), usage.outputTokens());
  }

  private static String millis(Duration duration) {
    return String.format(Locale.ROOT, "%,d ms", duration.toMillis());
  }

  /** What one call needed so far; its callbacks may come from more than one thread. */
  private static final class Counts {
    final AtomicInteger toolRounds = new AtomicInteger();
    final AtomicInteger tools = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
  }
}
