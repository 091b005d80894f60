package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line {@link CallSummary} printed, read back, so tests compare numbers rather than text.
 *
 * @param firstTokenMillis -1 when the line says the call was not streamed or no token arrived
 * @param inputTokens -1 when the line says the tokens were not reported, or the call failed
 * @param failure the failure's class name, or null when the call ended
 */
record SummaryLine(
    String method,
    long millis,
    boolean streamed,
    long firstTokenMillis,
    int toolRounds,
    int tools,
    int retries,
    long inputTokens,
    long outputTokens,
    String failure) {

  private static final Pattern LINE =
      Pattern.compile(
          "  \\[(?<method>\\w+\\.\\w+)] (?<failed>failed after )?(?<millis>[\\d,]+) ms, "
              + "(?:(?<notStreamed>not streamed)|first token after (?<first>[\\d,]+) ms"
              + "|(?<none>no token arrived))"
              + "(?:, (?<rounds>\\d+) tool rounds? \\((?<tools>\\d+) tools?\\))?"
              + "(?:, (?<retries>\\d+) retr(?:y|ies))?"
              + "(?:, tokens (?<in>[\\d,]+) in / (?<out>[\\d,]+) out"
              + "|(?<unreported>, tokens not reported)|: (?<failure>\\w+))");

  /**
   * Every summary line in {@code printed}, in order; fails on a line that starts like one (two
   * spaces and a bracket) but does not read as one, e.g. a summary cut into by other output.
   */
  static List<SummaryLine> in(String printed) {
    List<SummaryLine> lines = new ArrayList<>();
    for (String line : printed.lines().toList()) {
      if (line.contains("  [")) {
        lines.add(parse(line, printed));
      }
    }
    return lines;
  }

  private static SummaryLine parse(String line, String printed) {
    Matcher m = LINE.matcher(line);
    if (!m.matches()) {
      fail("not a whole summary line: \"" + line + "\" in:\n" + printed);
    }
    boolean failed = m.group("failed") != null;
    assertTrue(
        failed == (m.group("failure") != null), "a failure line ends with its class: " + line);
    boolean reported = m.group("in") != null;
    SummaryLine summary =
        new SummaryLine(
            m.group("method"),
            number(m.group("millis")),
            m.group("notStreamed") == null,
            m.group("first") == null ? -1 : number(m.group("first")),
            m.group("rounds") == null ? 0 : Integer.parseInt(m.group("rounds")),
            m.group("tools") == null ? 0 : Integer.parseInt(m.group("tools")),
            m.group("retries") == null ? 0 : Integer.parseInt(m.group("retries")),
            reported ? number(m.group("in")) : -1,
            reported ? number(m.group("out")) : -1,
            m.group("failure"));
    assertTrue(
        summary.firstTokenMillis() <= summary.millis(),
        "the first token cannot come after the end: " + line);
    return summary;
  }

  private static long number(String digits) {
    return Long.parseLong(digits.replace(",", ""));
  }
}
