package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.RecordedItem;
import dev.promptfit.testing.RecordedLlmRequest;
import dev.promptfit.testing.RecordedPart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's calls (text, a conversation and an image, typed answers, tools), as the README's
 * first command runs them, and the environment rules it shares with {@link
 * Promptfit#fromEnvironment()}: those run {@code main} in a JVM of its own with exactly the
 * variables under test.
 */
class ExampleAppTest {
  /**
   * The calls {@code main} makes: four of the Assistant, three turns and a picture of the Chatbot,
   * two of the Extractor, and one of the TravelAgent (an echo is no tool call, and a typed answer
   * under json_schema is never asked again).
   */
  private static final int CALLS = 11;

  @TempDir Path dir;

  @Test
  void aThreeTurnConversationAndADescribedImageAgainstTheFakeServer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (FakeLlmServer server = new FakeLlmServer();
        Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
      server.enqueueText("Hello Ana.");
      server.enqueueText("Bom dia.");
      server.enqueueText("You are Ana.");
      ExampleApp.runConversationAndImage(promptfit.create(Chatbot.class), CallOptions.none(), out);

      server.takeRequest();
      server.takeRequest();
      RecordedLlmRequest third = server.takeRequest();
      // The third turn carries the two before it: five messages, the question last.
      assertEquals(5, third.items().stream().filter(i -> i instanceof RecordedItem.Message m
          && !m.role().equals("system")).count());
      assertEquals("What is my name, and what am I learning?", third.input());
      RecordedLlmRequest image = server.takeRequest();
      assertEquals("image/png", image.attachments().get(0).mediaType());
      assertEquals("low", ((RecordedPart.Image) image.attachments().get(0)).detail());
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    for (String expected :
        new String[] {
          "> What is my name, and what am I learning?",
          "You are Ana.",
          "(the conversation holds 6 messages)",
          "Attaching Image{image/png, ",
          // Nothing enqueued for the picture: the fake's echo names the attachment.
          "Echo: Describe this picture in one sentence. [1 attachment: image/png]"
        }) {
      assertTrue(printed.contains(expected), expected + " missing from:\n" + printed);
    }
    assertFalse(printed.contains("base64"), printed);
  }

  @Test
  void typedAnswersAndToolsAgainstTheFakeServer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (FakeLlmServer server = new FakeLlmServer();
        Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
      server.enqueueJson(
          "{\"title\":\"Review\",\"date\":\"2026-03-12\",\"attendees\":[\"Ada\"],\"room\":null}");
      server.enqueueJson(
          "{\"items\":[{\"title\":\"Book\",\"owner\":\"Grace\",\"priority\":\"HIGH\"},"
              + "{\"title\":\"Send\",\"owner\":\"Ada\",\"priority\":\"LOW\"}]}");
      server.enqueueToolCalls(
          FakeLlmServer.ToolCall.of("temperature", "{\"city\":\"Lisbon\",\"country\":\"PT\"}"));
      server.enqueueText("Warm enough.");
      ExampleApp.runTyped(promptfit.create(Extractor.class), CallOptions.none(), out);
      ExampleApp.runTools(
          promptfit.create(TravelAgent.class, new WeatherTools()), CallOptions.none(), out);

      assertEquals(4, server.requestCount());
      RecordedLlmRequest meeting = server.takeRequest();
      assertEquals("json_schema", meeting.responseFormat().type());
      assertEquals("Extractor_meeting", meeting.responseFormat().name());
      RecordedLlmRequest tasks = server.takeRequest();
      assertTrue(tasks.stream());
      assertEquals("Extractor_tasks", tasks.responseFormat().name());
      assertEquals(
          List.of("temperature", "rain"),
          server.takeRequest().tools().stream().map(t -> t.name()).toList());
      assertEquals(
          String.valueOf(new WeatherTools().temperature("Lisbon", "PT")),
          server.takeRequest().toolResults().get(0).output());
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String expected =
        String.join(
            "\n",
            "",
            "== Typed answer: a record read from the model's JSON",
            "Review on 2026-03-12 with Ada",
            "",
            "== Typed stream: each task as soon as its JSON closes",
            "- [HIGH] Book (Grace)",
            "- [LOW] Send (Ada)",
            "",
            "== Tools: the model calls WeatherTools, Promptfit runs them and asks again",
            "-> temperature {\"city\":\"Lisbon\",\"country\":\"PT\"}",
            "<- temperature = " + new WeatherTools().temperature("Lisbon", "PT"),
            "Warm enough.",
            "");
    assertEquals(expected, printed.replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aTypedAnswerThatIsNotJsonIsPrintedAsTheFailureItIs() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (FakeLlmServer server = new FakeLlmServer();
        Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
      server.enqueueText("I would rather chat.");
      server.enqueueJson("{\"items\":[{\"title\":\"Book\",\"owner\":\"Grace\",\"priority\":\"SOON\"}]}");
      ExampleApp.runTyped(promptfit.create(Extractor.class), CallOptions.none(), out);
      assertEquals(2, server.requestCount());
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(
        printed.contains(
            "failed: Extractor.meeting: expected a JSON object for Meeting at char 0, found \"I"
                + " would rather chat.\""),
        printed);
    assertTrue(
        printed.contains("failed: Extractor.tasks: Task[0].priority: \"SOON\" is not one of LOW, MEDIUM, HIGH"),
        printed);
  }

  @Test
  void runsEveryCallAgainstTheFakeServer() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try (FakeLlmServer server = new FakeLlmServer();
        Promptfit promptfit = Promptfit.builder().baseUrl(server.url()).build()) {
      server.enqueueText("Good morning, world.");
      server.enqueueText("Bytes trickle in");
      server.enqueueText("Events flow one way.");
      server.enqueueText("A summary.");
      ExampleApp.run(promptfit.create(Assistant.class), CallOptions.none(), out);
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    for (String expected :
        new String[] {
          "Good morning, world.", "Bytes trickle in", "Events flow one way.", "A summary.",
          "tokens: input="
        }) {
      assertTrue(printed.contains(expected), expected + " missing from:\n" + printed);
    }
  }

  @Test
  void aServiceIsConfiguredByABaseUrlOrAKeyAsFromEnvironmentReadsThem() {
    assertFalse(ExampleApp.providerConfigured(Map.of()));
    assertFalse(
        ExampleApp.providerConfigured(
            Map.of("PROMPTFIT_BASE_URL", " ", "PROMPTFIT_DEFAULT_API", "chat_completions")));
    for (String name : ExampleApp.PROVIDER_VARIABLES) {
      assertTrue(ExampleApp.providerConfigured(Map.of(name, "x")), name);
    }
  }

  @Test
  void withNoServiceConfiguredItSaysSoAndUsesItsOwnFakeServer() throws Exception {
    String printed = runMain(Map.of("PROMPTFIT_DEFAULT_API", "chat_completions"));
    assertTrue(
        printed.startsWith(
            "No service configured (PROMPTFIT_BASE_URL, OPENAI_BASE_URL, PROMPTFIT_API_KEY,"
                + " OPENAI_API_KEY are unset): using the embedded FakeLlmServer at"
                + " http://127.0.0.1:"),
        printed);
    assertTrue(printed.contains("Good morning, world."), printed);
    assertTrue(printed.contains("tokens: input="), printed);
    assertTrue(printed.contains("You are Ana, and you are learning Portuguese."), printed);
    assertTrue(printed.contains("Design review on 2026-03-12 with Ada, Grace, Linus in Room 4"), printed);
    assertTrue(printed.contains("- [HIGH] Book the room (Grace)"), printed);
    assertTrue(printed.contains("<- rain = "), printed);
    assertTrue(printed.contains(" in Lisbon: start at the Belém tower"), printed);
    assertFalse(printed.contains("failed:"), printed);

    // One summary line per call, each a line of its own, the streamed ones after their answer.
    List<SummaryLine> summaries = SummaryLine.in(printed);
    assertEquals(CALLS, summaries.size(), printed);
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
        summaries.stream().map(SummaryLine::method).toList());
    for (SummaryLine summary : summaries) {
      assertNull(summary.failure(), printed);
      assertTrue(summary.inputTokens() > 0 && summary.outputTokens() > 0, printed);
    }
    assertTrue(
        printed.contains(
            "the answer takes shape." + System.lineSeparator() + "  [Assistant.haiku] "),
        printed);
    // The numbers the caller's Reply holds are those the listener printed.
    SummaryLine summarise = summaries.get(3);
    assertTrue(
        printed.contains(
            "tokens: input="
                + summarise.inputTokens()
                + " output="
                + summarise.outputTokens()
                + " "),
        printed);
    assertEquals(1, summaries.get(10).toolRounds(), printed);
    assertEquals(2, summaries.get(10).tools(), printed);
  }

  @Test
  void aKeylessChatOnlyServerGetsEveryCall() throws Exception {
    try (FakeLlmServer server = new FakeLlmServer()) {
      // As the README writes it for Ollama, llama.cpp or vLLM: no trailing slash, no key.
      String baseUrl = server.url().substring(0, server.url().length() - 1);
      String printed =
          runMain(
              Map.of(
                  "PROMPTFIT_BASE_URL", baseUrl,
                  "PROMPTFIT_DEFAULT_API", "chat_completions",
                  "PROMPTFIT_MODEL", "llama3.2"));
      assertTrue(printed.startsWith("Using "), printed);
      assertTrue(printed.lines().findFirst().orElseThrow().contains(server.url()), printed);
      assertTrue(printed.contains("with model llama3.2"), printed);
      // Nothing enqueued: the server echoes each prompt, which shows it reached the server, and
      // a typed answer that is an echo, not JSON, is printed as the failure it is.
      assertTrue(printed.contains("Translate \"Guten Morgen, Welt\" into English."), printed);
      assertTrue(printed.contains("failed: Extractor.meeting: expected a JSON object"), printed);
      assertTrue(printed.contains("Echo: Plan a day out in Lisbon, PT."), printed);
      List<RecordedLlmRequest> requests = requests(server, CALLS);
      for (RecordedLlmRequest request : requests) {
        assertEquals(Api.CHAT_COMPLETIONS, request.api(), request.toString());
        assertEquals("llama3.2", request.model(), request.toString());
        assertNull(request.header("Authorization"), request.toString());
      }
    }
  }

  @Test
  void theOpenAiVariablesAreTheFallback() throws Exception {
    try (FakeLlmServer server = new FakeLlmServer()) {
      String printed =
          runMain(Map.of("OPENAI_BASE_URL", server.url(), "OPENAI_API_KEY", "sk-example"));
      assertTrue(printed.startsWith("Using "), printed);
      assertFalse(printed.contains("sk-example"), printed);
      List<RecordedLlmRequest> requests = requests(server, CALLS);
      // All but explain, which names Chat Completions, use the default endpoint.
      List<Api> apis = new ArrayList<>(java.util.Collections.nCopies(CALLS, Api.RESPONSES));
      apis.set(2, Api.CHAT_COMPLETIONS);
      assertEquals(apis, requests.stream().map(RecordedLlmRequest::api).toList());
      for (RecordedLlmRequest request : requests) {
        assertEquals("Bearer sk-example", request.header("Authorization"));
      }
    }
  }

  private static List<RecordedLlmRequest> requests(FakeLlmServer server, int count) {
    List<RecordedLlmRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      requests.add(server.takeRequest());
    }
    assertEquals(count, server.requestCount());
    return requests;
  }

  /**
   * What {@code ExampleApp.main} prints in a JVM whose environment has none of the variables
   * Promptfit or the example read, but {@code variables}.
   */
  private String runMain(Map<String, String> variables) throws IOException, InterruptedException {
    Path output = dir.resolve("output-" + System.nanoTime() + ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ExampleApp.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("PROMPTFIT_") || name.startsWith("OPENAI_"));
    env.putAll(variables);
    Process process = builder.start();
    boolean exited = process.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      process.destroyForcibly().waitFor();
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertTrue(exited, "ExampleApp did not finish within 60 s; it printed:\n" + printed);
    assertEquals(0, process.exitValue(), "ExampleApp failed; it printed:\n" + printed);
    return printed;
  }
}
