package dev.promptfit.processor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.promptfit.Promptfit;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.ToolArgumentsException;
import dev.promptfit.internal.ToolBinder;
import dev.promptfit.internal.ToolDefinition;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generated binders and implementation, run: definitions as written, arguments bound to typed
 * parameters and results sent as the runtime expects, and a whole tool round through a real
 * Promptfit client against a loopback server.
 */
class ToolDispatchTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ClassLoader loader;
  private HttpServer server;

  @BeforeAll
  static void compile() {
    loader = new CompiledClassLoader(ToolGenerationTest.compileTools());
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @SuppressWarnings("unchecked")
  private static ToolBinder<Object> binder(String name) throws Exception {
    return (ToolBinder<Object>) loader.loadClass(name).getField("INSTANCE").get(null);
  }

  private static Object newInstance(String name) throws Exception {
    return loader.loadClass(name).getConstructor().newInstance();
  }

  @Test
  void definitionsAreStrictSchemasWithTheToolsNamesAndDescriptions() throws Exception {
    ToolBinder<Object> binder = binder("com.example.tools.PromptfitTools_WeatherTools");
    assertThat(binder.toolClass().getName()).isEqualTo("com.example.tools.WeatherTools");
    assertThat(binder.definitions().stream().map(ToolDefinition::name).toList())
        .containsExactly("temperature", "forecast", "note", "reset")
        .inOrder();
    ToolDefinition temperature = binder.definitions().get(0);
    assertThat(temperature.description())
        .isEqualTo("Current temperature in a city, in degrees Celsius.");
    assertThat(JSON.readTree(temperature.parameters()))
        .isEqualTo(
            JSON.readTree(
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
                    + "\"country\":{\"type\":\"string\",\"description\":\"ISO 3166 country code\"}},"
                    + "\"required\":[\"city\",\"country\"],\"additionalProperties\":false}"));
    assertThat(binder.definitions().get(1).description())
        .isEqualTo("Daily forecast for the next days");
    assertThat(JSON.readTree(binder.definitions().get(1).parameters()).at("/properties/days/description").asText())
        .isEqualTo("how many days, from tomorrow");
  }

  @Test
  void callsBindTypedArgumentsAndSendResultsAsTheRuntimeExpects() throws Exception {
    ToolBinder<Object> binder = binder("com.example.tools.PromptfitTools_WeatherTools");
    Object tools = newInstance("com.example.tools.WeatherTools");
    assertThat(binder.bind(tools, "temperature", "{\"city\":\"Oslo\",\"country\":\"NO\"}").run())
        .isEqualTo("4.5");
    assertThat(binder.bind(tools, "forecast", "{\"city\":\"Oslo\",\"days\":2}").run())
        .isEqualTo(
            "[{\"day\":\"2026-05-01\",\"high\":21.0,\"sky\":\"CLEAR\"},"
                + "{\"day\":\"2026-05-02\",\"high\":22.0,\"sky\":\"CLEAR\"}]");
    assertThat(
            binder.bind(tools, "note", "{\"text\":\"sunny\",\"tag\":\"go\",\"skies\":[\"RAIN\"]}").run())
        .isEqualTo("sunny #go");
    assertThat(binder.bind(tools, "note", "{\"text\":null,\"tag\":null,\"skies\":[]}").run())
        .isEqualTo("null");
    assertThat(binder.bind(tools, "reset", "{}").run()).isEqualTo("ok");
    assertThat(binder.bind(tools, "reset", "").run()).isEqualTo("ok");
    ToolBinder<Object> calculator = binder("com.example.tools.calc.PromptfitTools_Calculator");
    Object calc = newInstance("com.example.tools.calc.Calculator");
    assertThat(calculator.bind(calc, "add", "{\"a\":40,\"b\":2}").run()).isEqualTo("42");
    assertThat(
            calculator
                .bind(calc, "echo", "{\"name\":\"n\",\"arguments\":\"a\",\"tools\":\"t\",\"args\":\"x\"}")
                .run())
        .isEqualTo("natx");
  }

  @Test
  void argumentsThatDoNotFitFailBeforeTheToolRuns() throws Exception {
    ToolBinder<Object> binder = binder("com.example.tools.PromptfitTools_WeatherTools");
    Object tools = newInstance("com.example.tools.WeatherTools");
    assertThat(
            assertThrows(
                    ToolArgumentsException.class,
                    () -> binder.bind(tools, "forecast", "{\"city\":\"Oslo\",\"days\":\"two\"}"))
                .getMessage())
        .isEqualTo("days: expected int, got \"two\"");
    assertThat(
            assertThrows(
                    ToolArgumentsException.class,
                    () -> binder.bind(tools, "note", "{\"text\":\"x\",\"tag\":null,\"skies\":[\"HAIL\"]}"))
                .getMessage())
        .startsWith("skies[0]: expected WeatherTools.Sky, got \"HAIL\"");
    assertThat(tools.getClass().getField("calls").get(tools)).isEqualTo(List.of());
  }

  @Test
  void theImplementationChecksItsToolInstancesAtOnce() throws Exception {
    Class<?> agent = loader.loadClass("com.example.tools.TravelAgent");
    try (Promptfit promptfit = Promptfit.builder().baseUrl("http://localhost:1/v1/").build()) {
      IllegalArgumentException missing =
          assertThrows(
              IllegalArgumentException.class,
              () -> promptfit.create(agent, newInstance("com.example.tools.WeatherTools")));
      assertThat(missing)
          .hasMessageThat()
          .isEqualTo(
              "TravelAgent lists tool class com.example.tools.calc.Calculator in @Tools, but"
                  + " create(TravelAgent.class, ...) was given no instance of it; pass one, e.g."
                  + " promptfit.create(TravelAgent.class, new Calculator(...))");
    }
    RecordingInvoker invoker = new RecordingInvoker();
    Object impl =
        loader.loadClass("com.example.tools.Promptfit_TravelAgent")
            .getConstructor(PromptInvoker.class)
            .newInstance(invoker);
    agent.getMethod("plan", String.class).invoke(impl, "Oslo");
    assertThat(invoker.last().method().tools())
        .containsExactly(binder("com.example.tools.PromptfitTools_WeatherTools"));
    agent.getMethod("chat", String.class).invoke(impl, "hi");
    assertThat(invoker.last().method().tools()).isEmpty();
  }

  @Test
  void aWholeToolRoundThroughARealClient() throws Exception {
    Queue<String> answers = new ArrayDeque<>();
    answers.add(
        "{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"tool_calls\","
            + "\"message\":{\"role\":\"assistant\",\"content\":null,\"tool_calls\":["
            + "{\"id\":\"call_1\",\"type\":\"function\",\"function\":{\"name\":\"forecast\","
            + "\"arguments\":\"{\\\"city\\\":\\\"Oslo\\\",\\\"days\\\":1}\"}},"
            + "{\"id\":\"call_2\",\"type\":\"function\",\"function\":{\"name\":\"add\","
            + "\"arguments\":\"{\\\"a\\\":1,\\\"b\\\":2}\"}}]}}]}");
    answers.add(
        "{\"id\":\"c2\",\"model\":\"m\",\"choices\":[{\"index\":0,\"finish_reason\":\"stop\","
            + "\"message\":{\"role\":\"assistant\",\"content\":\"Sunny, 21 degrees.\"}}]}");
    List<JsonNode> requests = new ArrayList<>();
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/v1/chat/completions",
        exchange -> {
          requests.add(JSON.readTree(exchange.getRequestBody().readAllBytes()));
          byte[] body = answers.remove().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    Class<?> agent = loader.loadClass("com.example.tools.TravelAgent");
    Object weather = newInstance("com.example.tools.WeatherTools");
    try (Promptfit promptfit =
        Promptfit.builder()
            .baseUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/")
            .defaultApi(Api.CHAT_COMPLETIONS)
            .build()) {
      Object client =
          promptfit.create(agent, weather, newInstance("com.example.tools.calc.Calculator"));
      Object answer;
      try (java.util.stream.Stream<?> deltas =
          (java.util.stream.Stream<?>) agent.getMethod("ask", String.class).invoke(client, "Oslo?")) {
        answer = String.join("", deltas.map(String::valueOf).toList());
      } catch (InvocationTargetException e) {
        throw (Exception) e.getCause();
      }
      assertThat(answer).isEqualTo("Sunny, 21 degrees.");
    }
    assertThat(weather.getClass().getField("calls").get(weather))
        .isEqualTo(List.of("forecast Oslo 1"));
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).get("tools").size()).isEqualTo(6);
    JsonNode messages = requests.get(1).get("messages");
    // No instructions, so no system message: the user's, the assistant's calls, the results.
    assertThat(messages.get(1).at("/tool_calls/1/function/name").asText()).isEqualTo("add");
    assertThat(messages.get(2).get("content").asText())
        .isEqualTo("[{\"day\":\"2026-05-01\",\"high\":21.0,\"sky\":\"CLEAR\"}]");
    assertThat(messages.get(3).get("tool_call_id").asText()).isEqualTo("call_2");
    assertThat(messages.get(3).get("content").asText()).isEqualTo("3");
  }

}
