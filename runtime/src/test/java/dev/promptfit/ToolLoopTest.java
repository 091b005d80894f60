package dev.promptfit;

import static dev.promptfit.ToolBodies.call;
import static dev.promptfit.ToolBodies.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tool rounds end to end over real HTTP, on both endpoints and every return type: the calls run,
 * their results go back in call order with the response's output, and the answer after them is the
 * call's result; failures go back to the model or end the call as configured.
 */
class ToolLoopTest {
  static final String KEY = "sk-test-4f9e2b7c1d";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final MockWebServer server = new MockWebServer();
  private final TestTools tools = new TestTools();
  private Promptfit promptfit;
  private TestToolAgent agent;

  @BeforeEach
  void start() throws IOException {
    server.start();
    client(b -> b);
  }

  @AfterEach
  void stop() {
    tools.release.values().forEach(CountDownLatch::countDown);
    promptfit.close();
    server.close();
  }

  private TestToolAgent client(UnaryOperator<Promptfit.Builder> options) {
    if (promptfit != null) {
      promptfit.close();
    }
    promptfit =
        options.apply(Promptfit.builder().baseUrl(server.url("/v1/").toString()).apiKey(KEY)).build();
    agent = promptfit.create(TestToolAgent.class, tools);
    return agent;
  }

  static Stream<Arguments> everyShape() {
    return Stream.of(Api.RESPONSES, Api.CHAT_COMPLETIONS)
        .flatMap(api -> Stream.of(Shape.values()).map(shape -> Arguments.of(api, shape)));
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  private JsonNode take() throws InterruptedException {
    RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
    assertTrue(request != null, "a request was sent");
    try {
      return JSON.readTree(request.getBody().utf8());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** The conversation a request sent: Responses input items or Chat messages. */
  private static JsonNode conversation(Api api, JsonNode request) {
    return api == Api.RESPONSES ? request.get("input") : request.get("messages");
  }

  /** The tool results a request sent back, as (call id, output) in order. */
  private static List<List<String>> results(Api api, JsonNode request) {
    List<List<String>> out = new ArrayList<>();
    for (JsonNode item : conversation(api, request)) {
      if (api == Api.RESPONSES && "function_call_output".equals(item.path("type").asText())) {
        out.add(List.of(item.get("call_id").asText(), item.get("output").asText()));
      }
      if (api == Api.CHAT_COMPLETIONS && "tool".equals(item.path("role").asText())) {
        out.add(List.of(item.get("tool_call_id").asText(), item.get("content").asText()));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyShape")
  void everyReturnTypeRunsTheToolsAndGetsTheAnswer(Api api, Shape shape) throws Exception {
    server.enqueue(
        ToolBodies.response(
            api,
            shape.streaming,
            round(
                "Checking. ",
                "thinking",
                call("call_a", "temperature", "{\"city\":\"Lisbon\",\"country\":\"PT\"}"),
                call("call_b", "forecast", "{\"city\":\"Lisbon\",\"days\":2}"))));
    server.enqueue(ToolBodies.answer(api, shape.streaming, "It is ", "warm."));

    String text = shape.run(agent, "plan", on(api));

    assertEquals("Checking. It is warm.", text, "the text of every round");
    assertEquals(
        Set.of("temperature(Lisbon, PT)", "forecast(Lisbon, 2)"), Set.copyOf(tools.calls));
    JsonNode first = take();
    JsonNode second = take();
    assertEquals(2, server.getRequestCount());
    for (JsonNode request : List.of(first, second)) {
      JsonNode tool = request.at("/tools/0");
      JsonNode definition = api == Api.RESPONSES ? tool : tool.get("function");
      assertEquals("function", tool.get("type").asText());
      assertEquals("temperature", definition.get("name").asText());
      assertTrue(definition.get("strict").asBoolean(), "strict: true");
      assertEquals("object", definition.at("/parameters/type").asText());
      assertEquals(5, request.get("tools").size());
      assertFalse(request.at("/tools/2").toString().contains("description"), "empty: none sent");
    }
    assertEquals(
        List.of(
            List.of("call_a", "6.5"),
            List.of(
                "call_b",
                "[{\"city\":\"Lisbon\",\"day\":1,\"high\":21.0},{\"city\":\"Lisbon\",\"day\":2,\"high\":22.0}]")),
        results(api, second));
    JsonNode items = conversation(api, second);
    if (api == Api.RESPONSES) {
      // The input, then every output item as it came (reasoning with its encrypted content as
      // output_item.done gave it, the commentary message), then the results.
      assertEquals("user", items.get(0).get("role").asText());
      assertEquals("reasoning", items.get(1).get("type").asText());
      assertEquals("enc-full", items.get(1).get("encrypted_content").asText());
      assertEquals("message", items.get(2).get("type").asText());
      assertEquals("commentary", items.get(2).get("phase").asText());
      assertEquals("function_call", items.get(3).get("type").asText());
      assertEquals("call_a", items.get(3).get("call_id").asText());
      assertEquals("{\"city\":\"Lisbon\",\"country\":\"PT\"}", items.get(3).get("arguments").asText());
      assertEquals("call_b", items.get(4).get("call_id").asText());
      assertEquals(7, items.size());
    } else {
      JsonNode assistant = items.get(2);
      assertEquals("assistant", assistant.get("role").asText());
      assertEquals("Checking. ", assistant.get("content").asText());
      assertEquals("thinking", assistant.get("reasoning_content").asText());
      assertEquals("call_a", assistant.at("/tool_calls/0/id").asText());
      assertEquals("temperature", assistant.at("/tool_calls/0/function/name").asText());
      assertEquals(
          "{\"city\":\"Lisbon\",\"days\":2}", assistant.at("/tool_calls/1/function/arguments").asText());
      assertEquals(5, items.size());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void replyStreamShowsCallsAndResultsBetweenTheRoundsAndSumsUsage(Api api) {
    server.enqueue(
        ToolBodies.response(
            api,
            true,
            round("", "", call("call_1", "reset", "{}"), call("call_2", "temperature", "{\"city\":\"Oslo\",\"country\":\"NO\"}"))));
    server.enqueue(ToolBodies.answer(api, true, "Done", "."));

    List<StreamEvent> events;
    try (ReplyStream stream = agent.replyStream("q", on(api))) {
      events = StreamSupport.stream(stream.spliterator(), false).toList();
    }

    List<StreamEvent> head = events.subList(0, 4);
    assertEquals(
        List.of(
            new StreamEvent.ToolCall("call_1", "reset", "{}"),
            new StreamEvent.ToolCall("call_2", "temperature", "{\"city\":\"Oslo\",\"country\":\"NO\"}"),
            new StreamEvent.ToolResult("call_1", "reset", "ok"),
            new StreamEvent.ToolResult("call_2", "temperature", "4.5")),
        head);
    assertEquals(
        List.of(new StreamEvent.TextDelta("Done"), new StreamEvent.TextDelta(".")),
        events.subList(4, 6));
    Reply reply = ((StreamEvent.Completed) events.get(6)).reply();
    assertEquals(7, events.size(), "one Completed, last");
    assertEquals("Done.", reply.text());
    assertEquals(new Usage(16, 10, 26, 4, 3), reply.usage(), "usage of both responses");
    assertEquals("stop", reply.finishReason());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void callsOfOneRoundRunConcurrentlyAndTheirResultsGoBackInCallOrder(Api api) throws Exception {
    server.enqueue(
        ToolBodies.response(
            api, false, round("", "", call("c1", "hold", "{\"key\":\"a\"}"), call("c2", "hold", "{\"key\":\"b\"}"))));
    server.enqueue(ToolBodies.answer(api, false, "both"));

    var answer = agent.futureText("q", on(api));
    // Both tools are running at once before either may finish; then the second finishes first.
    assertTrue(tools.started("a").await(20, TimeUnit.SECONDS), "a started");
    assertTrue(tools.started("b").await(20, TimeUnit.SECONDS), "b started while a runs");
    tools.release("b").countDown();
    assertTrue(tools.finished("b").await(20, TimeUnit.SECONDS), "b returned while a still runs");
    tools.release("a").countDown();

    assertEquals("both", Shape.join(answer));
    take();
    assertEquals(List.of(List.of("c1", "held a"), List.of("c2", "held b")), results(api, take()));
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aThrowingToolIsSentBackAsAnErrorWithoutTheKey(Api api) throws Exception {
    tools.failure = "denied for " + KEY + " at the registry";
    server.enqueue(
        ToolBodies.response(api, true, round("", "", call("c1", "lookup", "{\"city\":\"Rome\"}"))));
    server.enqueue(ToolBodies.answer(api, true, "Sorry."));

    List<StreamEvent> events = new ArrayList<>();
    try (ReplyStream stream = agent.replyStream("q", on(api))) {
      stream.forEach(events::add);
    }

    take();
    List<List<String>> results = results(api, take());
    String sent = results.get(0).get(1);
    assertEquals(
        "Error: tool lookup failed: IOException: denied for [redacted] at the registry", sent);
    assertTrue(events.contains(new StreamEvent.ToolResult("c1", "lookup", sent)));
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void unknownToolsAndArgumentsThatDoNotFitAreSentBackNamed(Api api) throws Exception {
    server.enqueue(
        ToolBodies.response(
            api,
            false,
            round(
                "",
                "",
                call("c1", "weather", "{\"city\":\"Rome\"}"),
                call("c2", "forecast", "{\"city\":\"Rome\",\"days\":\"three\"}"),
                call("c3", "temperature", "{\"city\":"),
                call("c4", "temperature", "[1,2]"),
                call("c5", "temperature", "{\"city\":\"Rome\"}"),
                call("c6", "forecast", "{\"city\":\"Rome\",\"days\":2.5}"))));
    server.enqueue(ToolBodies.answer(api, false, "fixed"));

    assertEquals("fixed", agent.text("q", on(api)));

    take();
    List<String> sent = results(api, take()).stream().map(r -> r.get(1)).toList();
    assertEquals(
        "Error: there is no tool named \"weather\"; the tools are: temperature, forecast, lookup,"
            + " hold, reset",
        sent.get(0));
    assertEquals(
        "Error: the arguments do not fit tool forecast: days: expected int, got \"three\"",
        sent.get(1));
    assertTrue(
        sent.get(2).startsWith("Error: the arguments do not fit tool temperature: the arguments are not JSON ("),
        sent.get(2));
    assertEquals(
        "Error: the arguments do not fit tool temperature: the arguments must be a JSON object, got an array",
        sent.get(3));
    assertEquals(
        "Error: the arguments do not fit tool temperature: country: expected String, got nothing",
        sent.get(4));
    assertEquals(
        "Error: the arguments do not fit tool forecast: days: expected int, got 2.5", sent.get(5));
    assertTrue(tools.calls.isEmpty(), "no tool ran: " + tools.calls);
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void underThrowAToolFailureEndsTheCallWithTheToolsException(Api api) throws Exception {
    client(b -> b.toolErrors(ToolErrors.THROW));
    tools.failure = "registry down, key " + KEY;
    server.enqueue(
        ToolBodies.response(
            api, true, round("", "", call("c1", "hold", "{\"key\":\"h\"}"), call("c2", "lookup", "{\"city\":\"Rome\"}"))));

    ToolExecutionException e =
        assertThrows(
            ToolExecutionException.class,
            () -> {
              try (Stream<String> text = agent.stream("q", on(api))) {
                text.forEach(t -> {});
              }
            });

    assertEquals("lookup", e.toolName());
    assertEquals("c2", e.callId());
    assertEquals(
        "TestToolAgent.stream: tool lookup threw IOException: registry down, key [redacted] (call c2)",
        e.getMessage());
    assertFalse(String.valueOf(e.getCause()).contains(KEY), "the cause holds no key");
    assertEquals(1, server.getRequestCount(), "nothing more was sent");
    if (tools.started("h").getCount() == 0) {
      assertTrue(tools.interrupted.await(20, TimeUnit.SECONDS), "the other call was cancelled");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void anErrorThrownByAToolIsNeverSentToTheModel(Api api) {
    OutOfMemoryError fatal = new OutOfMemoryError("simulated");
    tools.fatal = fatal;
    server.enqueue(ToolBodies.response(api, false, round("", "", call("c1", "lookup", "{\"city\":\"Rome\"}"))));

    ToolExecutionException e =
        assertThrows(ToolExecutionException.class, () -> Shape.join(agent.futureReply("q", on(api))));

    assertEquals(fatal, e.getCause());
    assertEquals(
        "TestToolAgent.futureReply: tool lookup threw OutOfMemoryError: simulated (call c1)",
        e.getMessage());
    assertEquals(1, server.getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void underThrowAnUnknownToolEndsTheCallNamingIt(Api api) {
    client(b -> b.toolErrors(ToolErrors.THROW));
    server.enqueue(ToolBodies.response(api, false, round("", "", call("c1", "weather", "{}"))));

    ToolExecutionException e =
        assertThrows(ToolExecutionException.class, () -> agent.reply("q", on(api)));

    assertEquals(
        "TestToolAgent.reply: there is no tool named \"weather\"; the tools are: temperature,"
            + " forecast, lookup, hold, reset (call c1)",
        e.getMessage());
    assertNull(e.getCause());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyShape")
  void aModelThatKeepsCallingToolsStopsAtTheRoundLimit(Api api, Shape shape) throws Exception {
    client(b -> b.maxToolRounds(2));
    for (int i = 1; i <= 3; i++) {
      server.enqueue(ToolBodies.response(api, shape.streaming, round("", "", call("c" + i, "reset", ""))));
    }

    ToolLoopException e = assertThrows(ToolLoopException.class, () -> shape.run(agent, "q", on(api)));

    assertEquals(2, e.rounds());
    assertEquals(List.of("reset"), e.toolNames());
    assertTrue(
        e.getMessage()
            .startsWith(
                "TestToolAgent." + methodOf(shape) + ": the model still called tools (reset) after 2"
                    + " rounds of tool calls, the limit"),
        e.getMessage());
    assertEquals(3, server.getRequestCount());
    assertEquals(List.of("reset()", "reset()"), tools.calls, "the third response's call never ran");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aChatCallWithoutAnIdGetsOneAResponsesCallWithoutOneFails(Api api) throws Exception {
    server.enqueue(ToolBodies.response(api, true, round("", "", call("", "reset", "{}"))));
    server.enqueue(ToolBodies.answer(api, true, "ok"));

    if (api == Api.CHAT_COMPLETIONS) {
      assertEquals("ok", agent.replyStream("q", on(api)).reply().text());
      take();
      JsonNode second = take();
      assertEquals("call_promptfit_1_1", second.at("/messages/2/tool_calls/0/id").asText());
      assertEquals(List.of(List.of("call_promptfit_1_1", "ok")), results(api, second));
    } else {
      PromptfitException e =
          assertThrows(PromptfitException.class, () -> agent.replyStream("q", on(api)).reply());
      assertEquals(
          "TestToolAgent.replyStream: the model called tool \"reset\" with a function_call item"
              + " that has no call_id, so its result cannot be sent back; the server broke the"
              + " Responses protocol",
          e.getMessage());
      assertEquals(1, server.getRequestCount());
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void theCallDeadlineStopsToolsThatRunTooLong(Api api) {
    server.enqueue(ToolBodies.response(api, false, round("", "", call("c1", "hold", "{\"key\":\"t\"}"))));
    CallOptions options = CallOptions.builder().api(api).timeout(java.time.Duration.ofMillis(300)).build();

    PromptfitTimeoutException e =
        assertThrows(PromptfitTimeoutException.class, () -> agent.text("q", options));

    assertEquals(
        "TestToolAgent.text: the call deadline of 300ms passed while tools ran (set by"
            + " CallOptions.timeout(...) or Promptfit.builder().callTimeout(...))",
        e.getMessage());
    assertTrue(awaitQuietly(tools.interrupted), "the tool was interrupted");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void toolsOfAMethodAreSentOnlyWithIt(Api api) throws Exception {
    server.enqueue(ToolBodies.answer(api, false, "plain"));
    TestAssistant plain = promptfit.create(TestAssistant.class);

    assertEquals("plain", plain.text("q", on(api)));

    assertFalse(take().has("tools"));
  }

  /** The {@link TestAssistant} method a shape calls. */
  static String methodOf(Shape shape) {
    return switch (shape) {
      case TEXT -> "text";
      case REPLY -> "reply";
      case STREAM -> "stream";
      case PUBLISHER -> "publisher";
      case REPLY_STREAM -> "replyStream";
      case FUTURE_TEXT -> "futureText";
      case FUTURE_REPLY -> "futureReply";
    };
  }

  private static boolean awaitQuietly(CountDownLatch latch) {
    try {
      return latch.await(20, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }
}
