package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How much of a long text a failure carries: all of it for the return types that expose a reply,
 * its last 4096 chars (and the count of all, in the message) for {@code Stream<String>} and {@code
 * Flow.Publisher<String>}, which gather no text.
 */
class PartialTextOverHttpTest {
  private static final int DELTAS = 2000;
  private static final String TAIL_NOTE = " (partialText() holds the last 4096 of 8000 chars)";

  private final CountDownLatch release = new CountDownLatch(1);

  @RegisterExtension final ServedClient served = ServedClient.serverOnly();

  @AfterEach
  void stop() {
    release.countDown();
  }

  /** The text of delta i: four chars that say where they are, so a tail is checkable. */
  private static String delta(int i) {
    return String.format("%04d", i % 10_000);
  }

  private static String text() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < DELTAS; i++) {
      text.append(delta(i));
    }
    return text.toString();
  }

  /** DELTAS deltas, then the body ends with no terminal event. */
  private static String cutBody(Api api) {
    StringBuilder sse = new StringBuilder();
    for (int i = 0; i < DELTAS; i++) {
      sse.append(
          api == Api.RESPONSES
              ? "event: response.output_text.delta\ndata: {\"type\":\"response.output_text.delta\","
                  + "\"delta\":\"" + delta(i) + "\"}\n\n"
              : "data: {\"id\":\"c\",\"choices\":[{\"index\":0,\"delta\":{\"content\":\""
                  + delta(i) + "\"}}]}\n\n");
    }
    return sse.toString();
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void aCutStreamCarriesAllTheTextOrItsTail(Shape shape) {
    TestAssistant assistant = served.client(b -> b);
    for (Api api : new Api[] {Api.RESPONSES, Api.CHAT_COMPLETIONS}) {
      served.server().enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/event-stream")
              .body(cutBody(api))
              .build());
      StreamException e =
          assertThrows(
              StreamException.class,
              () -> shape.run(assistant, "q", CallOptions.builder().api(api).build()));
      String text = text();
      assertTrue(e.getMessage().contains("8000 chars of text received"), e.getMessage());
      if (shape == Shape.STREAM || shape == Shape.PUBLISHER) {
        assertEquals(text.substring(text.length() - 4096), e.partialText(), shape + " " + api);
        assertTrue(e.getMessage().endsWith(TAIL_NOTE), e.getMessage());
      } else {
        assertEquals(text, e.partialText(), shape + " " + api);
        assertTrue(!e.getMessage().contains("partialText()"), e.getMessage());
      }
    }
  }

  @Test
  void aStalledDeltasOnlyStreamTimesOutWithTheTail() {
    TestAssistant assistant = served.client(b -> b.timeout(Duration.ofMillis(500)));
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(new ScriptedBody().write(cutBody(Api.RESPONSES)).await(release))
            .build());
    PromptfitTimeoutException e =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () ->
                assertThrows(
                    PromptfitTimeoutException.class,
                    () -> {
                      try (Stream<String> deltas = assistant.stream("q", CallOptions.none())) {
                        deltas.forEach(d -> {});
                      }
                    }));
    String text = text();
    assertEquals(text.substring(text.length() - 4096), e.partialText());
    assertTrue(e.getMessage().contains("after 8000 chars of text" + TAIL_NOTE), e.getMessage());
  }
}
