package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.promptfit.annotation.Api;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A refusal is the answer on every return type, streamed or not, never an empty success. */
class RefusalTest {
  private static final String REFUSAL = "I'm sorry, I can't help with that.";

  @RegisterExtension final ServedClient served = new ServedClient(b -> b);

  private static String chatRefusalStream() {
    StringBuilder sse = new StringBuilder();
    sse.append(Bodies.data(chunk("{\"role\":\"assistant\",\"content\":null,\"refusal\":\"\"}", null)));
    for (String piece : new String[] {"I'm sorry,", " I can't", " help with that."}) {
      sse.append(Bodies.data(chunk("{\"refusal\":" + Bodies.quote(piece) + "}", null)));
    }
    sse.append(Bodies.data(chunk("{}", "\"stop\"")));
    sse.append(Bodies.data("[DONE]"));
    return sse.toString();
  }

  private static String chunk(String delta, String finish) {
    return "{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"delta\":" + delta
        + ",\"finish_reason\":" + finish + "}]}";
  }

  private static String chatRefusalObject() {
    return "{\"id\":\"c1\",\"model\":\"m\",\"choices\":[{\"index\":0,\"message\":{\"role\":"
        + "\"assistant\",\"content\":null,\"refusal\":" + Bodies.quote(REFUSAL)
        + "},\"finish_reason\":\"stop\"}]}";
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void everyShapeDeliversTheRefusal(Shape shape) {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", shape.streaming ? "text/event-stream" : "application/json")
            .body(shape.streaming ? chatRefusalStream() : chatRefusalObject())
            .build());
    assertEquals(
        REFUSAL, shape.run(served.assistant(), "q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).build()));
  }

  @ParameterizedTest
  @EnumSource(value = Shape.class, names = "REPLY_STREAM")
  void theReplyStreamMarksItAsARefusal(Shape unused) {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(chatRefusalStream())
            .build());
    List<StreamEvent> events = new ArrayList<>();
    try (ReplyStream stream =
        served.assistant().replyStream("q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).build())) {
      stream.forEach(events::add);
    }
    assertEquals(new StreamEvent.RefusalDelta("I'm sorry,"), events.get(0));
    assertEquals(REFUSAL, ((StreamEvent.Completed) events.get(events.size() - 1)).reply().text());
  }
}
