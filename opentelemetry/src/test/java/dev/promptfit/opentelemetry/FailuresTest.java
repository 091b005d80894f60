package dev.promptfit.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.BadRequestException;
import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.StreamException;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Spans of calls that fail, are retried or are cancelled: ERROR status and {@code error.type},
 * retries as events, and a span that ends however the answer ends.
 */
class FailuresTest {
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private final Telemetry telemetry = new Telemetry();
  private final CountDownLatch release = new CountDownLatch(1);
  private FakeLlmServer server;
  private Promptfit promptfit;
  private Assistant assistant;

  @BeforeEach
  void setUp() {
    server = new FakeLlmServer();
    promptfit =
        Promptfit.builder()
            .baseUrl(server.url())
            .apiKey("sk-test-0123456789abcdef")
            .maxRetries(1)
            .listener(PromptfitTelemetry.create(telemetry.sdk))
            .build();
    assistant = promptfit.create(Assistant.class);
  }

  @AfterEach
  void tearDown() {
    release.countDown();
    promptfit.close();
    server.close();
    telemetry.close();
  }

  @Test
  void anHttpErrorSetsErrorStatusAndTheStatusAsErrorType() {
    server.enqueue(FakeResponse.error(400, "Unsupported parameter: 'temperature'"));

    BadRequestException thrown =
        assertThrows(BadRequestException.class, () -> assistant.translate("Hello"));

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(thrown.getMessage(), span.getStatus().getDescription());
    assertEquals("400", span.getAttributes().get(ERROR_TYPE));
    EventData exception = only(span.getEvents(), "exception");
    assertEquals(BadRequestException.class.getName(),
        exception.getAttributes().get(AttributeKey.stringKey("exception.type")));

    HistogramPointData duration = telemetry.histogram("gen_ai.client.operation.duration").get(0);
    assertEquals(1, duration.getCount());
    assertEquals("400", duration.getAttributes().get(ERROR_TYPE));
    assertTrue(telemetry.histogram("gen_ai.client.token.usage").isEmpty(), "no usage on failure");
  }

  @Test
  void aRetriedAttemptIsAnEventOnTheOneSpanOfTheCall() {
    server.enqueue(
        FakeResponse.error(429, "Rate limit reached").toBuilder().header("retry-after-ms", "10").build());
    server.enqueue(FakeResponse.text("Bonjour"));

    assertEquals("Bonjour", assistant.translate("Hello"));

    assertEquals(List.of("chat gpt-5-mini"), telemetry.names(), "one span for both attempts");
    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode(), "a retried error is no error");
    EventData retry = only(span.getEvents(), "promptfit.retry");
    assertEquals(429L, retry.getAttributes().get(AttributeKey.longKey("http.response.status_code")));
    assertEquals("429", retry.getAttributes().get(ERROR_TYPE));
    assertEquals(1L, retry.getAttributes().get(AttributeKey.longKey("http.request.resend_count")));
    assertEquals(0.01, retry.getAttributes().get(AttributeKey.doubleKey("promptfit.retry.delay")));
  }

  @Test
  void aStreamCutOffEndsItsSpanWithTheFailure() {
    server.enqueue(FakeResponse.textBuilder("Hello big world").afterDelta(1).cutConnection().build());

    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      assertThrows(StreamException.class, () -> deltas.forEach(d -> {}));
    }

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(StreamException.class.getName(), span.getAttributes().get(ERROR_TYPE));
    assertTrue(span.getAttributes().get(AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk")) != null,
        "the first delta had arrived");
    assertEquals(1, telemetry.histogram("gen_ai.client.operation.time_to_first_chunk").get(0).getCount());
  }

  @Test
  void aStreamClosedBeforeItsEndIsCancelled() {
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());

    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      Iterator<String> it = deltas.iterator();
      assertEquals("Hello", it.next());
    }

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("cancelled", span.getAttributes().get(ERROR_TYPE));
    assertFalse(span.getEvents().stream().anyMatch(e -> e.getName().equals("exception")),
        "a cancellation is the caller's choice, not an exception to record");
    assertEquals("cancelled",
        telemetry.histogram("gen_ai.client.operation.duration").get(0).getAttributes().get(ERROR_TYPE));
  }

  @Test
  void aStreamNeverReadMakesNoSpan() {
    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      assertEquals(0, server.requestCount());
    }
    assertEquals(List.of(), telemetry.names());
    assertTrue(telemetry.histogram("gen_ai.client.operation.duration").isEmpty());
  }

  @Test
  void aCancelledFutureEndsItsSpanAsCancelled() throws Exception {
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());

    CompletableFuture<String> answer = assistant.future("Hi", CallOptions.none());
    server.takeRequest();
    assertTrue(answer.cancel(true));

    SpanData span = telemetry.awaitSpans(1).get(0);
    assertEquals("cancelled", span.getAttributes().get(ERROR_TYPE));
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
  }

  @Test
  void aCancelledSubscriptionEndsItsSpanAsCancelled() throws Exception {
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());
    CountDownLatch first = new CountDownLatch(1);
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    assistant
        .publisher("Hi", CallOptions.none())
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription[0] = s;
                s.request(1);
              }

              @Override
              public void onNext(String item) {
                first.countDown();
              }

              @Override
              public void onError(Throwable throwable) {}

              @Override
              public void onComplete() {}
            });
    assertTrue(first.await(10, java.util.concurrent.TimeUnit.SECONDS));
    subscription[0].cancel();

    SpanData span = telemetry.awaitSpans(1).get(0);
    assertEquals("cancelled", span.getAttributes().get(ERROR_TYPE));
  }

  private static EventData only(List<EventData> events, String name) {
    List<EventData> named = events.stream().filter(e -> e.getName().equals(name)).toList();
    assertEquals(1, named.size(), () -> "events named " + name + " in " + events);
    return named.get(0);
  }
}
