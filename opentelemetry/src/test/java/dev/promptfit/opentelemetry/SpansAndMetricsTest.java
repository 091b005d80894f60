package dev.promptfit.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.StreamEvent;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The span and metrics of successful calls of every return shape, against a real local server:
 * names and attributes by the GenAI conventions, when spans start and end, and which context
 * parents them.
 */
class SpansAndMetricsTest {
  private static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
  private static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
  private static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  private static final AttributeKey<String> RESPONSE_MODEL = AttributeKey.stringKey("gen_ai.response.model");
  private static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
  private static final AttributeKey<Boolean> STREAM = AttributeKey.booleanKey("gen_ai.request.stream");
  private static final AttributeKey<Double> TTFC =
      AttributeKey.doubleKey("gen_ai.response.time_to_first_chunk");

  private final Telemetry telemetry = new Telemetry();
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
            .listener(PromptfitTelemetry.create(telemetry.sdk))
            .build();
    assistant = promptfit.create(Assistant.class);
  }

  @AfterEach
  void tearDown() {
    promptfit.close();
    server.close();
    telemetry.close();
  }

  private static CallOptions api(Api api) {
    return CallOptions.builder().api(api).build();
  }

  @Test
  void aBlockingCallIsOneClientSpanNamedByOperationAndModel() {
    server.enqueue(
        FakeResponse.textBuilder("Bonjour le monde").model("gpt-5-mini-2026-01-01").usage(12, 3)
            .cachedTokens(4).reasoningTokens(1).build());

    assertEquals("Bonjour le monde", assistant.translate("Hello world"));

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertFalse(span.getParentSpanContext().isValid(), "no context was current: a root span");
    Attributes a = span.getAttributes();
    assertEquals("chat", a.get(OPERATION));
    assertEquals("openai", a.get(PROVIDER));
    assertEquals("gpt-5-mini", a.get(REQUEST_MODEL));
    assertEquals(0.2, a.get(AttributeKey.doubleKey("gen_ai.request.temperature")));
    assertEquals(0.9, a.get(AttributeKey.doubleKey("gen_ai.request.top_p")));
    assertEquals(64L, a.get(AttributeKey.longKey("gen_ai.request.max_tokens")));
    assertEquals("127.0.0.1", a.get(AttributeKey.stringKey("server.address")));
    assertEquals((long) port(), a.get(AttributeKey.longKey("server.port")));
    assertEquals("responses", a.get(AttributeKey.stringKey("openai.api.type")));
    assertEquals("Assistant.translate", a.get(AttributeKey.stringKey("promptfit.method")));
    assertEquals("resp_00000001", a.get(AttributeKey.stringKey("gen_ai.response.id")));
    assertEquals("gpt-5-mini-2026-01-01", a.get(RESPONSE_MODEL));
    assertEquals(List.of("stop"), a.get(AttributeKey.stringArrayKey("gen_ai.response.finish_reasons")));
    assertEquals(12L, a.get(AttributeKey.longKey("gen_ai.usage.input_tokens")));
    assertEquals(3L, a.get(AttributeKey.longKey("gen_ai.usage.output_tokens")));
    assertEquals(4L, a.get(AttributeKey.longKey("gen_ai.usage.cache_read.input_tokens")));
    assertEquals(1L, a.get(AttributeKey.longKey("gen_ai.usage.reasoning.output_tokens")));
    assertNull(a.get(STREAM), "set only when the request streams");
    assertNull(a.get(TTFC), "a blocking call has no first chunk to time");
    assertNull(a.get(AttributeKey.stringKey("error.type")));
    assertEquals("https://opentelemetry.io/schemas/1.41.0", span.getInstrumentationScopeInfo().getSchemaUrl());
    assertEquals("dev.promptfit", span.getInstrumentationScopeInfo().getName());
  }

  @Test
  void theChatEndpointIsAChatOperationToo() {
    Reply reply = assistant.reply("Hi", api(Api.CHAT_COMPLETIONS));

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals("chat_completions", span.getAttributes().get(AttributeKey.stringKey("openai.api.type")));
    assertEquals(reply.id(), span.getAttributes().get(AttributeKey.stringKey("gen_ai.response.id")));
    assertTrue(reply.id().startsWith("chatcmpl-"), reply.id());
  }

  @Test
  void metricsAreRecordedOncePerCallWithTheConventionsBuckets() {
    server.enqueue(FakeResponse.textBuilder("Un").usage(10, 1).build());
    server.enqueue(FakeResponse.textBuilder("Deux").usage(20, 2).build());
    server.enqueue(FakeResponse.textBuilder("Trois").usage(30, 3).build());
    assistant.translate("one");
    assistant.translate("two");
    assistant.translate("three");

    List<HistogramPointData> durations = telemetry.histogram("gen_ai.client.operation.duration");
    assertEquals(1, durations.size(), "one series: same operation, model and server");
    HistogramPointData duration = durations.get(0);
    assertEquals(3, duration.getCount());
    assertEquals(
        List.of(0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24, 20.48, 40.96, 81.92),
        duration.getBoundaries());
    assertEquals("chat", duration.getAttributes().get(OPERATION));
    assertEquals("openai", duration.getAttributes().get(PROVIDER));
    assertEquals("gpt-5-mini", duration.getAttributes().get(REQUEST_MODEL));
    assertEquals("gpt-5-mini", duration.getAttributes().get(RESPONSE_MODEL));
    assertEquals("127.0.0.1", duration.getAttributes().get(AttributeKey.stringKey("server.address")));
    assertNull(duration.getAttributes().get(AttributeKey.stringKey("error.type")));
    MetricData durationMetric = telemetry.metrics().get("gen_ai.client.operation.duration");
    assertEquals("s", durationMetric.getUnit());

    List<HistogramPointData> tokens = telemetry.histogram("gen_ai.client.token.usage");
    assertEquals("{token}", telemetry.metrics().get("gen_ai.client.token.usage").getUnit());
    HistogramPointData input = byTokenType(tokens, "input");
    HistogramPointData output = byTokenType(tokens, "output");
    assertEquals(3, input.getCount());
    assertEquals(60.0, input.getSum());
    assertEquals(3, output.getCount());
    assertEquals(6.0, output.getSum());
    assertEquals(
        List.of(1.0, 4.0, 16.0, 64.0, 256.0, 1024.0, 4096.0, 16384.0, 65536.0, 262144.0, 1048576.0,
            4194304.0, 16777216.0, 67108864.0),
        input.getBoundaries());

    assertTrue(telemetry.histogram("gen_ai.client.operation.time_to_first_chunk").isEmpty(),
        "time to first chunk is for streamed calls only");
  }

  private static HistogramPointData byTokenType(List<HistogramPointData> points, String type) {
    List<HistogramPointData> typed =
        points.stream().filter(p -> type.equals(p.getAttributes().get(TOKEN_TYPE))).toList();
    assertEquals(1, typed.size(), () -> "token usage points " + points);
    return typed.get(0);
  }

  @Test
  void aLazyStreamStartsItsSpanAtItsTerminalOperationAndEndsItWithTheAnswer() {
    server.enqueue(FakeResponse.text("Hello big world"));
    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      assertEquals(0, server.requestCount(), "nothing is sent before the terminal operation");
      assertEquals(0, telemetry.started.get(), "no span before the terminal operation");
      assertEquals("Hello big world", deltas.collect(Collectors.joining()));

      // Started by the terminal operation, ended as the answer ended, the stream still open.
      assertEquals(1, telemetry.started.get());
      SpanData span = telemetry.span("chat gpt-5-mini");
      assertEquals(Boolean.TRUE, span.getAttributes().get(STREAM));
      Double ttfc = span.getAttributes().get(TTFC);
      assertTrue(ttfc != null && ttfc >= 0, "time to first chunk " + ttfc);
      assertTrue(ttfc <= (span.getEndEpochNanos() - span.getStartEpochNanos()) / 1e9);
    }
    assertEquals(1, telemetry.spans().size(), "closing a finished stream adds nothing");
    List<HistogramPointData> ttfc = telemetry.histogram("gen_ai.client.operation.time_to_first_chunk");
    assertEquals(1, ttfc.size());
    assertEquals(1, ttfc.get(0).getCount());
    assertEquals(1, telemetry.histogram("gen_ai.client.operation.duration").get(0).getCount());
  }

  @Test
  void aFutureSpanEndsWhenTheAnswerEndsNotWhenTheMethodReturns() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());
    Span parent = telemetry.sdk.getTracer("test").spanBuilder("request").startSpan();
    CompletableFuture<String> answer;
    try (Scope ignored = parent.makeCurrent()) {
      answer = assistant.future("Hi", CallOptions.none());
    } finally {
      parent.end();
    }
    try {
      server.takeRequest();
      assertEquals(List.of("request"), telemetry.names(), "the call's span is still open");
    } finally {
      release.countDown();
    }
    assertEquals("Hello big world", answer.get(10, TimeUnit.SECONDS));

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(parent.getSpanContext().getSpanId(), span.getParentSpanId(),
        "parented by the context where the method was invoked, though it ran on the executor");
    assertEquals(parent.getSpanContext().getTraceId(), span.getTraceId());
    assertTrue(span.getEndEpochNanos() > telemetry.span("request").getEndEpochNanos());
  }

  @Test
  void aStreamInvokedInsideASpanAndReadOutsideItKeepsThatParent() {
    Span parent = telemetry.sdk.getTracer("test").spanBuilder("request").startSpan();
    Stream<String> deltas;
    try (Scope ignored = parent.makeCurrent()) {
      deltas = assistant.stream("Hi", CallOptions.none());
    }
    try (deltas) {
      deltas.forEach(d -> {});
    }
    parent.end();
    assertEquals(parent.getSpanContext().getSpanId(), telemetry.span("chat gpt-5-mini").getParentSpanId());
  }

  @Test
  void aPublisherSpanIsParentedByTheInvokingContextAndEndsWithTheLastDelta() throws Exception {
    server.enqueue(FakeResponse.text("Hello big world"));
    Span parent = telemetry.sdk.getTracer("test").spanBuilder("request").startSpan();
    Flow.Publisher<String> publisher;
    try (Scope ignored = parent.makeCurrent()) {
      publisher = assistant.publisher("Hi", api(Api.CHAT_COMPLETIONS));
    }
    parent.end();
    Collecting subscriber = new Collecting();
    publisher.subscribe(subscriber);
    assertEquals("Hello big world", subscriber.text());

    SpanData span = telemetry.span("chat gpt-5-mini");
    assertEquals(parent.getSpanContext().getSpanId(), span.getParentSpanId());
    assertEquals(Boolean.TRUE, span.getAttributes().get(STREAM));
    assertTrue(span.getAttributes().get(TTFC) != null);
    assertEquals(6L, span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.input_tokens")),
        "the fake counts instruction and prompt words: usage asked for on Chat streams");
  }

  @Test
  void eachSubscriptionOfAColdPublisherIsACallOfItsOwn() throws Exception {
    Flow.Publisher<String> publisher = assistant.publisher("Hi", CallOptions.none());
    Collecting first = new Collecting();
    publisher.subscribe(first);
    first.text();
    Collecting second = new Collecting();
    publisher.subscribe(second);
    second.text();

    assertEquals(List.of("chat gpt-5-mini", "chat gpt-5-mini"), telemetry.names());
    assertEquals(2, telemetry.histogram("gen_ai.client.operation.duration").get(0).getCount());
  }

  @Test
  void aReplyStreamSpanCarriesTheReplyOfItsCompletedEvent() {
    try (ReplyStream events = assistant.replyStream("Hi", CallOptions.none())) {
      Reply reply = null;
      for (StreamEvent event : events) {
        if (event instanceof StreamEvent.Completed completed) {
          reply = completed.reply();
        }
      }
      SpanData span = telemetry.span("chat gpt-5-mini");
      assertEquals(reply.id(), span.getAttributes().get(AttributeKey.stringKey("gen_ai.response.id")));
      assertEquals(reply.usage().outputTokens(),
          span.getAttributes().get(AttributeKey.longKey("gen_ai.usage.output_tokens")));
    }
  }

  private int port() {
    return java.net.URI.create(server.url()).getPort();
  }

  /** Requests everything and gathers the text. */
  static final class Collecting implements Flow.Subscriber<String> {
    private final StringBuilder text = new StringBuilder();
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Throwable error;

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(String item) {
      text.append(item);
    }

    @Override
    public void onError(Throwable throwable) {
      error = throwable;
      done.countDown();
    }

    @Override
    public void onComplete() {
      done.countDown();
    }

    String text() throws InterruptedException {
      assertTrue(done.await(10, TimeUnit.SECONDS), "the publisher completes");
      if (error != null) {
        throw new AssertionError("the publisher failed", error);
      }
      return text.toString();
    }
  }
}
