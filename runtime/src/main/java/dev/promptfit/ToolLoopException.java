package dev.promptfit;

import java.util.List;

/**
 * The model was still calling tools when the call reached its limit of tool rounds ({@code
 * Promptfit.builder().maxToolRounds(int)}, 10 by default): the calls of the response over the limit
 * were not run.
 *
 * <pre><code>
 * try {
 *   agent.plan("Lisbon");
 * } catch (ToolLoopException e) {
 *   log.warn("gave up after {} tool rounds; last asked for {}", e.rounds(), e.toolNames());
 * }
 * </code></pre>
 */
public class ToolLoopException extends PromptfitException {
  private static final long serialVersionUID = 1L;

  private final int rounds;
  private final List<String> toolNames;

  /**
   * @param rounds how many responses had their tool calls run
   * @param toolNames the tools the response over the limit called, in order
   */
  public ToolLoopException(String message, int rounds, List<String> toolNames) {
    super(message);
    this.rounds = rounds;
    this.toolNames = List.copyOf(toolNames);
  }

  /** How many responses had their tool calls run: the limit. */
  public int rounds() {
    return rounds;
  }

  /** The tools the response over the limit called, in call order; these were not run. */
  public List<String> toolNames() {
    return toolNames;
  }
}
