package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * Each time limit on real sockets, each with its own message: headers that never come (retried),
 * a stream that stalls, a reasoning pause within and beyond the idle timeout, and the whole-call
 * deadline across retries and mid-stream. No clock is asserted beyond generous upper bounds.
 */
class TimeoutTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private static final Sleeper NO_WAIT = (delay, stopped) -> false;
  // A shared client whose own call timeout would cut every stream after 1 s: Promptfit must not
  // inherit it, since its deadline is its own.
  private final OkHttpClient shared =
      new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(1)).build();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension final ServedClient served = ServedClient.serverOnly();

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  private TestAssistant client(UnaryOperator<Promptfit.Builder> config) {
    return served.client(b -> config.apply(b.okHttpClient(shared).retryClock(NO_WAIT, Clock.systemUTC())));
  }

  private void enqueueStream(ScriptedBody body) {
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
  }

  /** A stream that sends its event carrying "Hello" and then stalls until the test ends. */
  private void enqueueHeldAfterHello(String sse) {
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    enqueueStream(new ScriptedBody().write(sse.substring(0, cut)).await(release).write(sse.substring(cut)));
  }

  /** Runs {@code call}, which must end in a timeout well within GENEROUS; returns that timeout. */
  private static PromptfitTimeoutException timesOut(Executable call) {
    return assertTimeoutPreemptively(
        GENEROUS, () -> assertThrows(PromptfitTimeoutException.class, call));
  }

  @Test
  void headersThatNeverArriveTimeOutWithTheirOwnMessageAndAreRetried() {
    TestAssistant assistant =
        client(b -> b.headersTimeout(Duration.ofMillis(400)).timeout(Duration.ofMinutes(1)).maxRetries(1));
    for (int i = 0; i < 2; i++) {
      served.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    }
    PromptfitTimeoutException e = timesOut(() -> assistant.text("q", CallOptions.none()));
    assertTrue(
        e.getMessage().contains("no response headers")
            && e.getMessage().contains("headers timeout of 400ms")
            && e.getMessage().contains("after 2 attempts")
            && e.getMessage().contains("headersTimeout(...)"),
        e.getMessage());
    assertEquals(2, served.server().getRequestCount(), "the timed-out attempt was retried once");
    leaks.assertNothingLeft();
  }

  @Test
  void aStreamThatStallsFailsAfterTheIdleTimeoutKeepingItsTextAndClosingTheConnection() {
    TestAssistant assistant = client(b -> b.timeout(Duration.ofMillis(600)));
    enqueueHeldAfterHello(Bodies.chatStream("Hello", " there"));
    PromptfitTimeoutException e =
        timesOut(
            () -> {
              try (Stream<String> deltas = assistant.stream("q", on(Api.CHAT_COMPLETIONS))) {
                Iterator<String> it = deltas.iterator();
                assertEquals("Hello", it.next());
                it.next();
              }
            });
    assertTrue(
        e.getMessage().contains("no data from the server for 600ms (the idle timeout) after 5 chars")
            && e.getMessage().contains("timeout(...)"),
        e.getMessage());
    assertEquals("Hello", e.partialText());
    leaks.assertNothingLeft();
  }

  @Test
  void aPublisherThatStallsSignalsTheIdleTimeout() {
    TestAssistant assistant = client(b -> b.timeout(Duration.ofMillis(600)));
    enqueueHeldAfterHello(Bodies.responsesStream("Hello", " there"));
    PromptfitTimeoutException e =
        assertThrows(
            PromptfitTimeoutException.class,
            () -> Shape.collect(assistant.publisher("q", CallOptions.none())));
    assertEquals("Hello", e.partialText());
    leaks.assertNothingLeft();
  }

  /** A Responses stream that pauses after in_progress, as reasoning models do. */
  private void enqueueReasoningPause(long pauseMillis) {
    String sse = Bodies.responsesStream("Thought", " through");
    int cut = sse.indexOf("event: response.output_text.delta");
    String inProgress =
        "event: response.in_progress\ndata: {\"type\":\"response.in_progress\","
            + "\"sequence_number\":0,\"response\":{\"id\":\"resp_1\",\"status\":\"in_progress\"}}\n\n";
    enqueueStream(
        new ScriptedBody()
            .write(sse.substring(0, cut) + inProgress)
            .sleep(pauseMillis)
            .write(sse.substring(cut)));
  }

  @Test
  void aReasoningPauseShorterThanTheIdleTimeoutSucceedsWhateverTheStreamLength() {
    // 2 s of silence against 5 s allowed; the shared client's 1 s call timeout is not inherited.
    TestAssistant assistant = client(b -> b.timeout(Duration.ofSeconds(5)));
    enqueueReasoningPause(2000);
    String text =
        assertTimeoutPreemptively(
            GENEROUS,
            () -> {
              try (Stream<String> deltas = assistant.stream("q", CallOptions.none())) {
                return deltas.collect(Collectors.joining());
              }
            });
    assertEquals("Thought through", text);
    leaks.assertNothingLeft();
  }

  @Test
  void aReasoningPauseLongerThanTheIdleTimeoutFails() {
    TestAssistant assistant = client(b -> b.timeout(Duration.ofSeconds(1)));
    enqueueReasoningPause(2000);
    PromptfitTimeoutException e =
        assertThrows(
            PromptfitTimeoutException.class,
            () -> {
              try (ReplyStream stream = assistant.replyStream("q", CallOptions.none())) {
                stream.reply();
              }
            });
    assertTrue(e.getMessage().contains("(the idle timeout) after 0 chars"), e.getMessage());
    assertEquals(0, served.server().getRequestCount() - 1, "a stream that started is never retried");
    leaks.assertNothingLeft();
  }

  @Test
  void theCallDeadlineSpansRetries() {
    // Attempt 1 fails fast with 500; attempt 2 never answers. Only a deadline that survived the
    // retry (Call.clone() drops OkHttp's per-call timeout) ends it before the 1-minute headers
    // timeout.
    TestAssistant assistant = client(b -> b.timeout(Duration.ofMinutes(1)).maxRetries(2));
    served.server().enqueue(new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"boom\"}}").build());
    served.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    CallOptions deadline = CallOptions.builder().timeout(Duration.ofMillis(800)).build();
    PromptfitTimeoutException e = timesOut(() -> assistant.text("q", deadline));
    assertTrue(
        e.getMessage().contains("the call deadline of 800ms passed after 2 attempts")
            && e.getMessage().contains("CallOptions.timeout(...)"),
        e.getMessage());
    assertEquals(2, served.server().getRequestCount(), "no attempt starts after the deadline");
    leaks.assertNothingLeft();
  }

  @Test
  void theClientsCallDeadlineEndsAStreamMidWayKeepingItsText() {
    TestAssistant assistant =
        client(b -> b.timeout(Duration.ofMinutes(1)).callTimeout(Duration.ofMillis(800)));
    enqueueHeldAfterHello(Bodies.responsesStream("Hello", " there"));
    PromptfitTimeoutException e = timesOut(() -> Shape.STREAM.run(assistant, "q", CallOptions.none()));
    assertTrue(
        e.getMessage().contains("the call deadline of 800ms passed mid-stream after 5 chars"),
        e.getMessage());
    assertEquals("Hello", e.partialText());
    leaks.assertNothingLeft();
  }

  @Test
  void aCallDeadlineOnAFutureFailsTheFuture() {
    TestAssistant assistant = client(b -> b.callTimeout(Duration.ofMillis(500)));
    served.server().enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    PromptfitException e =
        assertThrows(
            PromptfitException.class,
            () -> Shape.join(assistant.futureReply("q", CallOptions.none())));
    assertInstanceOf(PromptfitTimeoutException.class, e);
    leaks.assertNothingLeft();
  }

  @Test
  void timeoutsMustBePositive() {
    Promptfit.Builder b = Promptfit.builder();
    for (Runnable bad :
        List.<Runnable>of(
            () -> b.headersTimeout(Duration.ZERO),
            () -> b.timeout(Duration.ofSeconds(-1)),
            () -> b.callTimeout(Duration.ZERO))) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, bad::run);
      assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
    }
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }
}
