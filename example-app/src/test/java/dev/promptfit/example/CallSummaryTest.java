package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitException;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link CallSummary} on a client of a real local server, writing through {@link LineSafeOutput} as
 * the example does: one whole line per call, with the numbers the server sent.
 */
class CallSummaryTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final LineSafeOutput console = new LineSafeOutput(bytes);
  private final PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void closeServer() {
    server.close();
  }

  @Test
  void everyCallOfTheExampleGetsOneLineWithTheUsageTheServerReported() {
    server.enqueue(usage(FakeResponse.textBuilder("Good morning, world."), 101, 11));
    server.enqueue(usage(FakeResponse.textBuilder("Bytes trickle in,\nthe answer"), 102, 12));
    server.enqueue(usage(FakeResponse.textBuilder("Events flow one way."), 103, 13));
    server.enqueue(usage(FakeResponse.textBuilder("A summary."), 1_104, 14));
    server.enqueue(usage(FakeResponse.textBuilder("Olá, Ana."), 105, 15));
    server.enqueue(usage(FakeResponse.textBuilder("Bom dia."), 106, 16));
    server.enqueue(usage(FakeResponse.textBuilder("You are Ana."), 107, 17));
    server.enqueue(usage(FakeResponse.textBuilder("A red circle."), 108, 18));
    server.enqueue(
        usage(
            FakeResponse.jsonBuilder(
                "{\"title\":\"Review\",\"date\":\"2026-03-12\",\"attendees\":[\"Ada\"],"
                    + "\"room\":null}"),
            109,
            19));
    server.enqueue(
        usage(
            FakeResponse.jsonBuilder(
                "{\"items\":[{\"title\":\"Book\",\"owner\":\"Grace\",\"priority\":\"HIGH\"}]}"),
            110,
            20));
    server.enqueue(
        usage(
            FakeResponse.toolCallsBuilder(
                FakeLlmServer.ToolCall.of(
                    "temperature", "{\"city\":\"Lisbon\",\"country\":\"PT\"}"),
                FakeLlmServer.ToolCall.of("rain", "{\"city\":\"Lisbon\"}")),
            111,
            21));
    server.enqueue(usage(FakeResponse.textBuilder("Warm and dry."), 1_000, 200));

    try (Promptfit promptfit = client(Promptfit.builder())) {
      ExampleApp.run(promptfit.create(Assistant.class), CallOptions.none(), out);
      ExampleApp.runConversationAndImage(promptfit.create(Chatbot.class), CallOptions.none(), out);
      ExampleApp.runTypedAndTools(promptfit, CallOptions.none(), out);
    }

    String printed = printed();
    List<SummaryLine> lines = SummaryLine.in(printed);
    assertEquals(
        List.of(
            "Assistant.translate",
            "Assistant.haiku",
            "Assistant.explain",
            "Assistant.summarise",
            "Chatbot.chat",
            "Chatbot.chat",
            "Chatbot.chat",
            "Chatbot.describe",
            "Extractor.meeting",
            "Extractor.tasks",
            "TravelAgent.plan"),
        lines.stream().map(SummaryLine::method).toList(),
        printed);
    assertEquals(12, server.requestCount());
    long[][] usage = {
      {101, 11},
      {102, 12},
      {103, 13},
      {1_104, 14},
      {105, 15},
      {106, 16},
      {107, 17},
      {108, 18},
      {109, 19},
      {110, 20},
      {111 + 1_000, 21 + 200} // the tool round and the answer after it
    };
    for (int i = 0; i < lines.size(); i++) {
      SummaryLine line = lines.get(i);
      assertEquals(usage[i][0], line.inputTokens(), printed);
      assertEquals(usage[i][1], line.outputTokens(), printed);
      assertEquals(null, line.failure(), printed);
      assertEquals(0, line.retries(), printed);
    }
    assertTrue(printed.contains("  [Assistant.summarise] "), printed);
    assertTrue(printed.contains(", tokens 1,104 in / 14 out"), printed);
    // Blocking calls say so; streamed ones (the typed stream and the tools' ReplyStream too) had
    // a first token.
    List<Boolean> streamed =
        List.of(false, true, true, false, true, true, true, false, false, true, true);
    assertEquals(streamed, lines.stream().map(SummaryLine::streamed).toList(), printed);
    for (SummaryLine line : lines) {
      assertEquals(line.streamed(), line.firstTokenMillis() >= 0, printed);
    }
    SummaryLine plan = lines.get(10);
    assertEquals(1, plan.toolRounds(), printed);
    assertEquals(2, plan.tools(), printed);
  }

  @Test
  void aStreamedLineEndsBeforeItsSummaryIsPrinted() {
    server.enqueueText("Good morning.");
    server.enqueueText("Bytes trickle in,\nthe answer takes shape.");
    try (Promptfit promptfit = client(Promptfit.builder())) {
      ExampleApp.run(promptfit.create(Assistant.class), CallOptions.none(), out);
    }
    List<String> lines = printed().lines().toList();
    int summary = indexOfStart(lines, "  [Assistant.haiku] ");
    assertEquals("the answer takes shape.", lines.get(summary - 1), printed());
    // A blocking call ends before its method returns: its line comes before the answer.
    int translate = indexOfStart(lines, "  [Assistant.translate] ");
    assertEquals("== Blocking call on the default endpoint: translate", lines.get(translate - 1));
  }

  @Test
  void usageTheServiceDidNotReportIsSaidSo() {
    server.enqueueText("Events flow one way.");
    // Without stream_options.include_usage a streamed Chat Completions answer has no usage.
    try (Promptfit promptfit = client(Promptfit.builder().streamUsage(false))) {
      try (Stream<String> deltas =
          promptfit.create(Assistant.class).explain("SSE", CallOptions.none())) {
        out.print(String.join("", deltas.toList()));
      }
      out.println();
    }
    List<SummaryLine> lines = SummaryLine.in(printed());
    assertEquals(1, lines.size(), printed());
    assertTrue(printed().contains(", tokens not reported"), printed());
    assertEquals(-1, lines.get(0).inputTokens());
  }

  @Test
  void aFailedCallNamesTheClassOfItsFailure() {
    server.enqueueText("I would rather chat.");
    PromptfitException thrown;
    try (Promptfit promptfit = client(Promptfit.builder())) {
      Extractor extractor = promptfit.create(Extractor.class);
      thrown =
          assertThrows(PromptfitException.class, () -> extractor.meeting("x", CallOptions.none()));
    }
    List<SummaryLine> lines = SummaryLine.in(printed());
    assertEquals(1, lines.size(), printed());
    assertEquals(thrown.getClass().getSimpleName(), lines.get(0).failure(), printed());
    assertTrue(printed().startsWith("  [Extractor.meeting] failed after "), printed());
    assertTrue(printed().contains(" ms, not streamed: "), printed());
  }

  @Test
  void retriesAreCountedOnTheirCall() {
    server.enqueue(
        FakeResponse.error(503, "busy").toBuilder().header("retry-after-ms", "1").build());
    server.enqueue(usage(FakeResponse.textBuilder("Bom dia."), 3, 4));
    try (Promptfit promptfit = client(Promptfit.builder())) {
      out.println(promptfit.create(Assistant.class).translate("x", "y", CallOptions.none()));
    }
    List<SummaryLine> lines = SummaryLine.in(printed());
    assertEquals(1, lines.size(), printed());
    assertEquals(1, lines.get(0).retries(), printed());
    assertEquals(4, lines.get(0).outputTokens(), printed());
    assertTrue(printed().contains(" ms, not streamed, 1 retry, tokens 3 in / 4 out"), printed());
  }

  /**
   * Calls on many threads at once: each gets its own line and its own counts, and no line is cut
   * into by another.
   */
  @Test
  void concurrentCallsEachGetTheirOwnWholeLine() throws Exception {
    int calls = 8;
    for (int i = 0; i < calls; i++) {
      server.enqueue(usage(FakeResponse.textBuilder("Bytes trickle in, the answer"), 7, 9));
    }
    ExecutorService threads = Executors.newFixedThreadPool(calls);
    try (Promptfit promptfit = client(Promptfit.builder())) {
      Assistant assistant = promptfit.create(Assistant.class);
      List<Future<String>> haikus = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        haikus.add(
            threads.submit(
                () -> {
                  try (Stream<String> deltas = assistant.haiku("code", CallOptions.none())) {
                    return String.join("", deltas.toList());
                  }
                }));
      }
      for (Future<String> haiku : haikus) {
        assertEquals("Bytes trickle in, the answer", haiku.get(30, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
    }
    List<SummaryLine> lines = SummaryLine.in(printed());
    assertEquals(calls, lines.size(), printed());
    for (SummaryLine line : lines) {
      assertEquals("Assistant.haiku", line.method(), printed());
      assertEquals(7, line.inputTokens(), printed());
      assertEquals(9, line.outputTokens(), printed());
      assertEquals(0, line.retries(), printed());
      assertTrue(line.firstTokenMillis() >= 0, printed());
    }
    assertEquals(calls, printed().lines().count(), printed());
  }

  private Promptfit client(Promptfit.Builder builder) {
    return builder.baseUrl(server.url()).listener(new CallSummary(console::printLine)).build();
  }

  private String printed() {
    try {
      out.flush();
      console.flush();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static FakeResponse usage(FakeResponse.Builder reply, long input, long output) {
    return reply.usage(input, output).build();
  }

  private static int indexOfStart(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError(start + " missing from " + lines);
  }
}
