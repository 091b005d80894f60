package dev.promptfit.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.PromptCall;
import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitListener;
import dev.promptfit.Reply;
import dev.promptfit.testing.FakeLlmServer;
import io.opentelemetry.api.trace.StatusCode;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A listener that throws breaks neither the call nor the OpenTelemetry listener beside it. */
class ListenerFailureTest {
  private final Telemetry telemetry = new Telemetry();
  private final FakeLlmServer server = new FakeLlmServer();
  private final Logger log = Logger.getLogger("dev.promptfit.listener");
  private final List<LogRecord> logged = new ArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(record);
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void quietLog() {
    log.addHandler(capture);
    log.setUseParentHandlers(false);
  }

  @AfterEach
  void tearDown() {
    log.removeHandler(capture);
    log.setUseParentHandlers(true);
    server.close();
    telemetry.close();
  }

  /** Throws from every callback. */
  static final class Broken implements PromptfitListener {
    @Override
    public void callCreated(PromptCall call) {
      throw new IllegalStateException("broken callCreated");
    }

    @Override
    public void callStarted(PromptCall call) {
      throw new IllegalStateException("broken callStarted");
    }

    @Override
    public void firstDelta(PromptCall call) {
      throw new IllegalStateException("broken firstDelta");
    }

    @Override
    public void callEnded(PromptCall call, Reply reply) {
      throw new IllegalStateException("broken callEnded");
    }
  }

  @Test
  void aThrowingListenerIsLoggedAndSkipped() {
    try (Promptfit promptfit =
        Promptfit.builder()
            .baseUrl(server.url())
            .listener(new Broken())
            .listener(PromptfitTelemetry.create(telemetry.sdk))
            .build()) {
      Assistant assistant = promptfit.create(Assistant.class);

      assertEquals("Echo: Translate Hola into French.", assistant.translate("Hola"));
    }

    assertEquals(StatusCode.UNSET, telemetry.span("chat gpt-5-mini").getStatus().getStatusCode());
    List<String> messages = logged.stream().map(r -> r.getMessage() + " " + r.getThrown().getMessage()).toList();
    assertEquals(4, messages.size(), messages::toString);
    assertTrue(messages.get(0).contains(Broken.class.getName()) && messages.get(0).contains("callCreated"),
        messages::toString);
    assertTrue(messages.get(3).contains("broken callEnded"), messages::toString);
  }
}
