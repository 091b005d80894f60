package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.http.Sleeper;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedLlmRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Background responses (API.md section 12) against {@link FakeLlmServer}: polling to the end,
 * resuming a dropped stream with no delta repeated or lost, cancelling on the server however the
 * call is cancelled, and the misuses refused before any request.
 */
class BackgroundResponseTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FakeLlmServer server = new FakeLlmServer();
  private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());
  /** Records each wait and returns at once, unless the call was cancelled. */
  private final Sleeper recording =
      (delay, cancelled) -> {
        waits.add(delay);
        return cancelled.getCount() == 0;
      };
  private final CountDownLatch release = new CountDownLatch(1);
  private Promptfit promptfit;

  @AfterEach
  void close() {
    release.countDown();
    if (promptfit != null) {
      promptfit.close();
    }
    server.close();
  }

  /** This test's client, configured by {@code options}; closed after the test. */
  private TestChatbot bot(UnaryOperator<Promptfit.Builder> options) {
    if (promptfit != null) {
      promptfit.close();
    }
    promptfit =
        options.apply(Promptfit.builder().baseUrl(server.url()).retryClock(recording, Clock.systemUTC())).build();
    return promptfit.create(TestChatbot.class);
  }

  /** This test's client with the defaults and no waits, made once. */
  private TestChatbot bot() {
    return promptfit != null ? promptfit.create(TestChatbot.class) : bot(b -> b);
  }

  @Test
  void aBlockingCallPollsUntilTheResponseCompletesWaitingLongerEachTime() throws Exception {
    server.enqueue(FakeResponse.textBuilder("The report.").backgroundPolls(6).build());
    assertEquals("The report.", bot().report("tides", CallOptions.none()));

    RecordedLlmRequest created = server.takeRequest();
    assertEquals("POST", created.method());
    assertTrue(created.background());
    assertEquals(Boolean.TRUE, created.store());
    assertFalse(created.stream());
    for (int i = 0; i < 7; i++) {
      RecordedLlmRequest poll = server.takeRequest();
      assertEquals("GET", poll.method());
      assertEquals("/v1/responses/resp_00000001", poll.path());
      assertNull(poll.query());
    }
    assertEquals(8, server.requestCount());
    assertEquals(
        List.of(500L, 1000L, 2000L, 4000L, 5000L, 5000L, 5000L),
        waits.stream().map(Duration::toMillis).toList());
  }

  @Test
  void aFutureAndCallOptionsBackgroundPollToo() {
    server.enqueue(FakeResponse.textBuilder("Later.").backgroundPolls(1).build());
    assertEquals("Later.", Shape.join(bot().reportLater("tides", CallOptions.none())));
    server.enqueue(FakeResponse.textBuilder("Chosen.").backgroundPolls(0).build());
    CallOptions background = CallOptions.builder().background(true).build();
    assertEquals(
        "Chosen.", bot().text(Conversation.create(), "Go.", List.of(), background));
    assertEquals(5, server.requestCount());
  }

  @ParameterizedTest
  @ValueSource(strings = {"failed", "cancelled", "incomplete"})
  void aRunThatEndsUnfinishedFailsNamingItsStatus(String status) {
    server.enqueue(FakeResponse.textBuilder("").responseStatus(status).backgroundPolls(1).build());
    StreamException failure =
        assertThrows(StreamException.class, () -> bot().report("tides", CallOptions.none()));
    assertTrue(failure.getMessage().startsWith("TestChatbot.report: "), failure.getMessage());
    assertTrue(failure.getMessage().contains(status), failure.getMessage());
    // Its end was seen: nothing to cancel.
    assertEquals(3, server.requestCount());
  }

  @Test
  void aFailedRunCarriesTheServersError() {
    server.enqueue(
        FakeResponse.textBuilder("").responseError("rate_limit_exceeded", "Slow down.").build());
    StreamException failure =
        assertThrows(StreamException.class, () -> bot().report("tides", CallOptions.none()));
    assertTrue(failure.getMessage().contains("Slow down."), failure.getMessage());
    assertEquals("rate_limit_exceeded", failure.errorCode().orElse(null));
  }

  @Test
  void aDroppedStreamResumesAfterItsLastEventWithNoDeltaRepeatedOrLost() {
    String answer = "one two three four five six seven";
    server.enqueue(FakeResponse.textBuilder(answer).afterEvent(7).cutConnection().cutResume(3).build());
    List<String> deltas;
    try (Stream<String> stream = bot().reportStream("numbers", CallOptions.none())) {
      deltas = stream.toList();
    }
    assertEquals(answer, String.join("", deltas));
    assertEquals(List.of("one", " two", " three", " four", " five", " six", " seven"), deltas);

    RecordedLlmRequest created = server.takeRequest();
    assertTrue(created.stream() && created.background());
    RecordedLlmRequest first = server.takeRequest();
    assertEquals("GET", first.method());
    assertEquals("/v1/responses/resp_00000001", first.path());
    assertEquals("true", first.queryParameter("stream"));
    assertEquals("6", first.queryParameter("starting_after"));
    assertEquals("9", server.takeRequest().queryParameter("starting_after"));
    assertEquals(3, server.requestCount());
  }

  @Test
  void everyStreamedShapeResumes() {
    String answer = "alpha beta gamma delta";
    server.enqueue(FakeResponse.textBuilder(answer).afterEvent(6).cutConnection().build());
    assertEquals(answer, String.join("", Shape.collect(bot().reportPublished("x", CallOptions.none()))));

    server.enqueue(FakeResponse.textBuilder(answer).afterEvent(6).cutConnection().build());
    CallOptions streamed = CallOptions.builder().background(true).api(Api.RESPONSES).build();
    try (ReplyStream events = bot().replyStream(Conversation.create(), "x", List.of(), streamed)) {
      assertEquals(answer, events.text().collect(Collectors.joining()));
      assertEquals(answer, events.reply().text());
      assertEquals("resp_00000003", events.reply().id());
    }
  }

  @Test
  void aResumeTheServerRefusesEndsTheStreamNamingTheStatusAfterTheDeltas() {
    server.enqueue(
        FakeResponse.textBuilder("one two three four")
            .afterEvent(7)
            .cutConnection()
            .refuseResume(500, "Resume failed")
            .build());
    List<String> delivered = new ArrayList<>();
    StreamException failure;
    try (Stream<String> stream = bot().reportStream("numbers", CallOptions.none())) {
      failure = assertThrows(StreamException.class, () -> stream.forEach(delivered::add));
    }
    assertEquals(List.of("one", " two"), delivered);
    assertTrue(
        failure.getMessage().startsWith(
            "TestChatbot.reportStream: the server refused to resume background response"
                + " resp_00000001 after event 6 (HTTP 500"),
        failure.getMessage());
    assertEquals("one two", failure.partialText());
    assertInstanceOf(ServerException.class, failure.getCause());
  }

  @Test
  void resumesCountAgainstMaxRetries() {
    server.enqueue(
        FakeResponse.textBuilder("one two three four five")
            .afterEvent(6)
            .cutConnection()
            .cutResume(1)
            .cutResume(1)
            .build());
    TestChatbot bot = bot(b -> b.maxRetries(1));
    StreamException failure;
    try (Stream<String> stream = bot.reportStream("numbers", CallOptions.none())) {
      failure = assertThrows(StreamException.class, stream::toList);
    }
    assertTrue(
        failure.getMessage().contains("(background response resumed 1 time, as many as maxRetries allows)"),
        failure.getMessage());
    server.takeRequest();
    assertEquals("GET", server.takeRequest().method());
    // Abandoned before its end: cancelled on the server.
    assertEquals("/v1/responses/resp_00000001/cancel", server.takeRequest().path());
  }

  @Test
  void withoutRetriesADroppedStreamIsNotResumed() {
    server.enqueue(FakeResponse.textBuilder("one two three").afterEvent(6).cutConnection().build());
    StreamException failure;
    try (Stream<String> stream = bot(b -> b.maxRetries(0)).reportStream("x", CallOptions.none())) {
      failure = assertThrows(StreamException.class, stream::toList);
    }
    assertTrue(failure.getMessage().contains("(not resumed: maxRetries is 0)"), failure.getMessage());
    server.takeRequest();
    assertEquals("POST", server.takeRequest().method(), "only the cancel follows");
  }

  @Test
  void cancellingAFutureWhilePollingCancelsTheResponse() throws Exception {
    server.enqueue(FakeResponse.textBuilder("").responseStatus("in_progress").build());
    // Real waits, so the future is still polling when it is cancelled.
    promptfit = Promptfit.builder().baseUrl(server.url()).build();

    CompletableFuture<String> future =
        promptfit.create(TestChatbot.class).reportLater("x", CallOptions.none());
    server.takeRequest();
    assertEquals("GET", server.takeRequest().method());
    future.cancel(true);
    assertThrows(CancellationException.class, future::join);
    RecordedLlmRequest cancel = server.takeRequest();
    assertEquals("POST", cancel.method());
    assertEquals("/v1/responses/resp_00000001/cancel", cancel.path());
  }

  @Test
  void closingAStreamEarlyCancelsTheResponse() {
    server.enqueue(FakeResponse.textBuilder("one two three").afterDelta(1).await(release).build());
    try (Stream<String> stream = bot().reportStream("x", CallOptions.none())) {
      Iterator<String> deltas = stream.iterator();
      assertEquals("one", deltas.next());
    }
    server.takeRequest();
    RecordedLlmRequest cancel = server.takeRequest();
    assertEquals("/v1/responses/resp_00000001/cancel", cancel.path());
  }

  @Test
  void cancellingASubscriptionCancelsTheResponse() throws InterruptedException {
    server.enqueue(FakeResponse.textBuilder("one two three").afterDelta(1).await(release).build());
    CountDownLatch cancelled = new CountDownLatch(1);
    bot().reportPublished("x", CallOptions.none())
        .subscribe(
            new Flow.Subscriber<>() {
              private Flow.Subscription subscription;

              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription = s;
                s.request(1);
              }

              @Override
              public void onNext(String item) {
                subscription.cancel();
                cancelled.countDown();
              }

              @Override
              public void onError(Throwable t) {}

              @Override
              public void onComplete() {}
            });
    assertTrue(cancelled.await(10, TimeUnit.SECONDS));
    server.takeRequest();
    assertEquals("/v1/responses/resp_00000001/cancel", server.takeRequest().path());
  }

  @Test
  void aDeadlineWhilePollingEndsTheCallAndCancelsTheResponse() {
    server.enqueue(FakeResponse.textBuilder("").responseStatus("in_progress").build());
    // The first wait passes at once; the second lasts until the deadline ends it.
    Sleeper secondWaitLasts =
        (delay, stopped) -> waits.add(delay) && waits.size() > 1 && stopped.await(1, TimeUnit.MINUTES);
    promptfit =
        Promptfit.builder().baseUrl(server.url()).retryClock(secondWaitLasts, Clock.systemUTC()).build();
    CallOptions soon = CallOptions.builder().timeout(Duration.ofSeconds(2)).build();
    PromptfitTimeoutException failure =
        assertThrows(
            PromptfitTimeoutException.class,
            () -> promptfit.create(TestChatbot.class).report("x", soon));
    assertTrue(failure.getMessage().contains("background response resp_00000001"), failure.getMessage());
    RecordedLlmRequest last;
    do {
      last = server.takeRequest();
    } while (!last.method().equals("POST") || !last.path().endsWith("/cancel"));
    assertEquals("/v1/responses/resp_00000001/cancel", last.path());
  }

  @Test
  void backgroundOnChatCompletionsIsRefusedBeforeAnyRequest() {
    IllegalArgumentException byDefault =
        assertThrows(
            IllegalArgumentException.class,
            () -> bot(b -> b.defaultApi(Api.CHAT_COMPLETIONS)).report("x", CallOptions.none()));
    assertEquals(
        "TestChatbot.report: background responses exist only on the Responses API, and the"
            + " client's default endpoint is Chat Completions (Promptfit.builder().defaultApi);"
            + " use @Model(api = Api.RESPONSES) or CallOptions.builder().api(Api.RESPONSES), or"
            + " drop @Background / CallOptions.background(true)",
        byDefault.getMessage());
    CallOptions onChat =
        CallOptions.builder().api(Api.CHAT_COMPLETIONS).background(true).build();
    IllegalArgumentException chosen =
        assertThrows(
            IllegalArgumentException.class,
            () -> bot().text(Conversation.create(), "x", List.of(), onChat));
    assertTrue(chosen.getMessage().contains("the call goes to Chat Completions"), chosen.getMessage());
    assertEquals(0, server.requestCount());
  }

  @Test
  void backgroundNeedsTheResponseStored() {
    IllegalArgumentException built =
        assertThrows(
            IllegalArgumentException.class,
            () -> CallOptions.builder().background(true).extraBody("store", false).build());
    assertTrue(built.getMessage().contains("extraBody(\"store\", false)"), built.getMessage());
    CallOptions notStored = CallOptions.builder().extraBody("store", false).build();
    IllegalArgumentException annotated =
        assertThrows(IllegalArgumentException.class, () -> bot().report("x", notStored));
    assertEquals(
        "TestChatbot.report: a background response must be stored, and"
            + " CallOptions.extraBody(\"store\", false) says not to; remove one of them",
        annotated.getMessage());
    assertEquals(0, server.requestCount());

    // background(false) turns @Background off for a call, and then store: false is fine.
    CallOptions foreground = CallOptions.builder().background(false).extraBody("store", false).build();
    assertEquals("Echo: Report on x", bot().report("x", foreground));
    RecordedLlmRequest request = server.takeRequest();
    assertFalse(request.background());
    assertEquals(Boolean.FALSE, request.store());
  }

  @Test
  void storeIsSentOnceWhenTheCallerSetsItToo() throws Exception {
    CallOptions stored = CallOptions.builder().extraBody("store", true).build();
    bot().report("x", stored);
    String body = server.takeRequest().body();
    assertEquals(1, body.split("\"store\"", -1).length - 1, body);
    Map<?, ?> parsed = JSON.readValue(body, Map.class);
    assertEquals(Boolean.TRUE, parsed.get("background"));
  }

  @Test
  void anUnfinishedAnswerToAForegroundCallIsAnErrorNotAnEmptyAnswer() {
    server.enqueue(FakeResponse.textBuilder("").responseStatus("in_progress").build());
    StreamException failure =
        assertThrows(
            StreamException.class,
            () -> bot().text(Conversation.create(), "x", List.of(), CallOptions.none()));
    assertTrue(
        failure.getMessage().contains("the response has status in_progress and holds no finished answer"),
        failure.getMessage());
  }

  @Test
  void aConversationStoresTheBackgroundAnswer() {
    Conversation conversation = Conversation.create();
    server.enqueue(FakeResponse.textBuilder("Stored.").backgroundPolls(2).build());
    CallOptions background = CallOptions.builder().background(true).build();
    bot().text(conversation, "Run it.", List.of(), background);
    assertEquals(
        List.of("USER: Run it.", "ASSISTANT: Stored."), ConversationFailureTest.texts(conversation));
    assertEquals("resp_00000001", conversation.messages().get(1).responseId());
  }
}
