package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An interrupted thread in a blocking call (README, Reliability): the call ends promptly, long
 * before any time limit, with the method's unchecked {@link CancellationException}; the thread's
 * interrupt flag is still set; the connection is released; nothing is retried. The idle and headers
 * timeouts are a minute here, so only the interrupt can end a call within the test's bounds.
 */
class InterruptTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension
  final ServedClient served =
      new ServedClient(b -> b.okHttpClient(shared).timeout(Duration.ofMinutes(1)));

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  /** Headers, then "Hello", then nothing until the test ends. */
  private void enqueueHeldStream(Api api) {
    String sse = api == Api.RESPONSES ? Bodies.responsesStream("Hello", " there") : Bodies.chatStream("Hello", " there");
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(new ScriptedBody().write(sse.substring(0, cut)).await(release).write(sse.substring(cut)))
            .build());
  }

  /** A JSON answer whose headers come only when the test ends. */
  private void enqueueSilentServer() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(Bodies.responsesObject("late"))
            .headersDelay(1, TimeUnit.MINUTES)
            .build());
  }

  /** Runs {@code call} on its own thread, interrupts it once it blocks, and returns how it ended. */
  private Ended interruptWhenBlocked(Function<TestAssistant, Object> call) throws Exception {
    Ended ended = new Ended();
    Thread caller =
        new Thread(
            () -> {
              try {
                call.apply(served.assistant());
              } catch (Throwable t) {
                ended.failure.set(t);
              }
              ended.flagSet.set(Thread.currentThread().isInterrupted());
            },
            "interrupted-caller");
    caller.start();
    CrossThreadCloseTest.awaitBlockedInARead(caller);
    caller.interrupt();
    caller.join(GENEROUS.toMillis());
    assertFalse(caller.isAlive(), "the interrupted call is still running");
    return ended;
  }

  private static final class Ended {
    final AtomicReference<Throwable> failure = new AtomicReference<>();
    final AtomicBoolean flagSet = new AtomicBoolean();

    void assertInterrupted(String method) {
      Throwable t = failure.get();
      assertInstanceOf(CancellationException.class, t, () -> "the call ended with " + t);
      assertTrue(t.getMessage().startsWith(method + ": interrupted"), t.getMessage());
      assertTrue(flagSet.get(), "the interrupt flag was cleared");
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void interruptingAStreamBlockedMidBodyEndsItAtOnce(Api api) throws Exception {
    enqueueHeldStream(api);
    Ended ended =
        interruptWhenBlocked(
            a -> {
              try (Stream<String> deltas = a.stream("q", on(api))) {
                Iterator<String> it = deltas.iterator();
                assertEquals("Hello", it.next());
                return it.next();
              }
            });
    ended.assertInterrupted("TestAssistant.stream");
    leaks.assertNothingLeft();
  }

  @Test
  void interruptingAReplyStreamBlockedMidBodyEndsItAtOnce() throws Exception {
    enqueueHeldStream(Api.RESPONSES);
    Ended ended =
        interruptWhenBlocked(
            a -> {
              try (ReplyStream stream = a.replyStream("q", CallOptions.none())) {
                return stream.reply();
              }
            });
    ended.assertInterrupted("TestAssistant.replyStream");
    leaks.assertNothingLeft();
  }

  @Test
  void interruptingABlockingCallWaitingForHeadersEndsItAtOnce() throws Exception {
    enqueueSilentServer();
    Ended ended = interruptWhenBlocked(a -> a.text("q", CallOptions.none()));
    ended.assertInterrupted("TestAssistant.text");
    assertEquals(1, served.server().getRequestCount(), "an interrupted call was retried");
    leaks.assertNothingLeft();
  }

  @Test
  void interruptingABlockingCallReadingItsBodyEndsItAtOnce() throws Exception {
    String json = Bodies.responsesObject("late");
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(new ScriptedBody().write(json.substring(0, 10)).await(release).write(json.substring(10)))
            .build());
    Ended ended = interruptWhenBlocked(a -> a.reply("q", CallOptions.none()));
    ended.assertInterrupted("TestAssistant.reply");
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Shape.class, names = {"TEXT", "REPLY", "STREAM", "REPLY_STREAM"})
  void aCallStartedOnAnInterruptedThreadEndsAtOnceWithoutARequest(Shape shape) throws Exception {
    served.server().enqueue(new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("x")).build());
    Ended ended = new Ended();
    Thread caller =
        new Thread(
            () -> {
              Thread.currentThread().interrupt();
              try {
                shape.run(served.assistant(), "q", CallOptions.none());
              } catch (Throwable t) {
                ended.failure.set(t);
              }
              ended.flagSet.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    caller.join(GENEROUS.toMillis());
    assertFalse(caller.isAlive());
    ended.assertInterrupted("TestAssistant." + method(shape));
    assertEquals(0, served.server().getRequestCount(), "a request was sent from an interrupted thread");
  }

  private static String method(Shape shape) {
    return switch (shape) {
      case TEXT -> "text";
      case REPLY -> "reply";
      case STREAM -> "stream";
      case REPLY_STREAM -> "replyStream";
      default -> throw new IllegalArgumentException(shape.name());
    };
  }

  @Test
  void anInterruptDuringTheBackoffWaitEndsTheCallWithoutAnotherRequest() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    Sleeper realWait =
        (delay, stopped) -> {
          waiting.countDown();
          return stopped.await(1, TimeUnit.MINUTES);
        };
    TestAssistant assistant =
        served.client(b -> b.okHttpClient(shared).retryClock(realWait, Clock.systemUTC()));
    served.server().enqueue(new MockResponse.Builder().code(503).body("{}").build());
    Ended ended = new Ended();
    Thread caller =
        new Thread(
            () -> {
              try {
                assistant.text("q", CallOptions.none());
              } catch (Throwable t) {
                ended.failure.set(t);
              }
              ended.flagSet.set(Thread.currentThread().isInterrupted());
            });
    caller.start();
    assertTrue(waiting.await(20, TimeUnit.SECONDS), "no backoff wait began");
    caller.interrupt();
    caller.join(GENEROUS.toMillis());
    assertFalse(caller.isAlive());
    ended.assertInterrupted("TestAssistant.text");
    assertEquals(1, served.server().getRequestCount(), "a request was sent after the interrupt");
    leaks.assertNothingLeft();
  }
}
