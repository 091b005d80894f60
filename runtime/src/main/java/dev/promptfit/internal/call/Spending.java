package dev.promptfit.internal.call;

import dev.promptfit.Usage;

/**
 * Not API. The usage of a turn of several responses (tool rounds, repairs): their counts summed. A
 * response that reported none adds nothing, and only a turn none of whose responses reported usage
 * is {@link Usage#NONE}, so {@link Usage#isReported()} keeps its meaning across rounds.
 */
final class Spending {
  private Spending() {}

  static Usage plus(Usage a, Usage b) {
    if (!a.isReported() || !b.isReported()) {
      return a.isReported() ? a : b;
    }
    return new Usage(
        a.inputTokens() + b.inputTokens(),
        a.outputTokens() + b.outputTokens(),
        a.totalTokens() + b.totalTokens(),
        a.cachedTokens() + b.cachedTokens(),
        a.reasoningTokens() + b.reasoningTokens());
  }
}
