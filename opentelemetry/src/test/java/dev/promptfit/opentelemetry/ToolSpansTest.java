package dev.promptfit.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.promptfit.PromptCall;
import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitListener;
import dev.promptfit.ToolExecution;
import dev.promptfit.testing.FakeLlmServer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Tool runs as {@code execute_tool} child spans. The tool loop is not in the runtime yet, so a
 * listener registered after the telemetry one plays the runtime's part inside a real call: it
 * reports two tool runs at the first delta, as the loop will between two requests.
 */
class ToolSpansTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Telemetry telemetry = new Telemetry();
  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void tearDown() {
    server.close();
    telemetry.close();
  }

  /** A tool run as the runtime reports it. */
  static final class Run implements ToolExecution {
    private final String name;
    private final String callId;
    private final @Nullable String arguments;
    private final @Nullable String result;
    private final Map<PromptfitListener.Key<?>, Object> state = new ConcurrentHashMap<>();

    Run(String name, String callId, @Nullable String arguments, @Nullable String result) {
      this.name = name;
      this.callId = callId;
      this.arguments = arguments;
      this.result = result;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String callId() {
      return callId;
    }

    @Override
    public int round() {
      return 1;
    }

    @Override
    public Optional<String> arguments() {
      return Optional.ofNullable(arguments);
    }

    @Override
    public Optional<String> result() {
      return Optional.ofNullable(result);
    }

    @Override
    public Duration duration() {
      return Duration.ZERO;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> @Nullable T get(PromptfitListener.Key<T> key) {
      return (T) state.get(key);
    }

    @Override
    public <T> void put(PromptfitListener.Key<T> key, @Nullable T value) {
      if (value == null) {
        state.remove(key);
      } else {
        state.put(key, value);
      }
    }
  }

  private void runTools(boolean captureContent) {
    PromptfitListener otel = PromptfitTelemetry.create(telemetry.sdk);
    String[] currentInTool = new String[1];
    PromptfitListener loop =
        new PromptfitListener() {
          @Override
          public void firstDelta(PromptCall call) {
            Run ok = new Run("temperature", "call_1", captureContent ? "{\"city\":\"Paris\"}" : null,
                captureContent ? "21.5" : null);
            otel.toolStarted(call, ok);
            currentInTool[0] = Span.current().getSpanContext().getSpanId();
            otel.toolEnded(call, ok, null);
            Run bad = new Run("forecast", "", null, null);
            otel.toolStarted(call, bad);
            otel.toolEnded(call, bad, new IllegalArgumentException("days must be positive"));
          }
        };
    try (Promptfit promptfit =
        Promptfit.builder().baseUrl(server.url()).captureContent(captureContent)
            .listener(otel).listener(loop).build()) {
      promptfit.create(Assistant.class).translate("Hola");
    }
    assertEquals(telemetry.span("execute_tool temperature").getSpanId(), currentInTool[0],
        "the tool's span is current while the tool runs");
  }

  @Test
  void eachToolRunIsAnInternalChildSpanOfTheCall() {
    runTools(false);

    SpanData call = telemetry.span("chat gpt-5-mini");
    SpanData ok = telemetry.span("execute_tool temperature");
    assertEquals(SpanKind.INTERNAL, ok.getKind());
    assertEquals(call.getSpanId(), ok.getParentSpanId());
    assertEquals("execute_tool", ok.getAttributes().get(AttributeKey.stringKey("gen_ai.operation.name")));
    assertEquals("temperature", ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.name")));
    assertEquals("call_1", ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.id")));
    assertEquals("function", ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.type")));
    assertNull(ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.arguments")));
    assertNull(ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.result")));
    assertEquals(StatusCode.UNSET, ok.getStatus().getStatusCode());

    SpanData bad = telemetry.span("execute_tool forecast");
    assertEquals(call.getSpanId(), bad.getParentSpanId());
    assertNull(bad.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.id")), "none was sent");
    assertEquals(StatusCode.ERROR, bad.getStatus().getStatusCode());
    assertEquals(IllegalArgumentException.class.getName(), bad.getAttributes().get(ERROR_TYPE));
    assertEquals("", bad.getStatus().getDescription(), "a tool's message may hold content");
    assertEquals(StatusCode.UNSET, call.getStatus().getStatusCode(), "the call itself succeeded");
  }

  @Test
  void captureContentRecordsToolArgumentsAndResults() {
    runTools(true);

    SpanData ok = telemetry.span("execute_tool temperature");
    assertEquals("{\"city\":\"Paris\"}",
        ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.arguments")));
    assertEquals("21.5", ok.getAttributes().get(AttributeKey.stringKey("gen_ai.tool.call.result")));
    assertEquals("days must be positive",
        telemetry.span("execute_tool forecast").getStatus().getDescription());
  }
}
