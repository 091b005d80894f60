package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.util.Iterator;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every failure a caller sees, from whichever layer it starts in (HTTP status, the network, the
 * SSE body, the event decoder, the return type's adapter), is named after the method first ({@code
 * TestAssistant.stream: ...}) and never carries the key, on every return type.
 */
class FailureNamingTest {
  private static final String KEY = "sk-naming-" + java.util.UUID.randomUUID();
  private static final Map<Shape, String> METHODS =
      Map.of(
          Shape.TEXT, "text",
          Shape.REPLY, "reply",
          Shape.STREAM, "stream",
          Shape.PUBLISHER, "publisher",
          Shape.REPLY_STREAM, "replyStream",
          Shape.FUTURE_TEXT, "futureText",
          Shape.FUTURE_REPLY, "futureReply");

  @RegisterExtension
  final ServedClient served = new ServedClient(b -> b.apiKey(KEY).maxRetries(0));

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  private void assertNamed(Shape shape, RuntimeException e) {
    String prefix = "TestAssistant." + METHODS.get(shape) + ": ";
    assertTrue(e.getMessage().startsWith(prefix), () -> shape + ": " + e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t).contains(KEY), () -> shape + " leaks the key: " + e);
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void anHttpErrorStatus(Shape shape) {
    served.server().enqueue(
        new MockResponse.Builder()
            .code(400)
            .addHeader("Content-Type", "application/json")
            .body(Bodies.error("Bad key " + KEY, "invalid_request_error", "bad"))
            .build());
    assertNamed(
        shape,
        assertThrows(BadRequestException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void aServerThatCannotBeReached(Shape shape) throws Exception {
    served.server().close();
    assertNamed(
        shape,
        assertThrows(PromptfitException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void aBodyCutMidStream(Shape shape) {
    String sse = Bodies.responsesStream("Hello", " there");
    String head = sse.substring(0, sse.indexOf("\n\n", sse.indexOf("Hello")) + 2);
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(new ScriptedBody().write(head))
            .onResponseEnd(new SocketEffect.CloseSocket(true, false, false))
            .build());
    assertNamed(
        shape,
        assertThrows(StreamException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void anErrorTheDecoderReads(Shape shape) {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(
                Bodies.data("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}")
                    + Bodies.data(
                        "{\"error\":{\"message\":\"boom " + KEY + "\",\"type\":\"server_error\"}}"))
            .build());
    StreamException e =
        assertThrows(
            StreamException.class,
            () -> shape.run(served.assistant(), "q", on(Api.CHAT_COMPLETIONS)));
    assertNamed(shape, e);
    assertTrue(e.getMessage().contains(": Chat stream error: boom [redacted]"), e.getMessage());
  }

  @Test
  void whatTheAdaptersThemselvesReport() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(Bodies.responsesStream("a", "b"))
            .build());
    ReplyStream stream = served.assistant().replyStream("q", CallOptions.none());
    Iterator<StreamEvent> first = stream.iterator();
    first.next();
    IllegalStateException twice = assertThrows(IllegalStateException.class, stream::iterator);
    assertTrue(twice.getMessage().startsWith("TestAssistant.replyStream: "), twice.getMessage());
    stream.close();

    served.promptfit().close();
    IllegalStateException closed =
        assertThrows(
            IllegalStateException.class,
            () -> Shape.FUTURE_TEXT.run(served.assistant(), "q", CallOptions.none()));
    assertTrue(closed.getMessage().startsWith("TestAssistant.futureText: "), closed.getMessage());
  }
}
