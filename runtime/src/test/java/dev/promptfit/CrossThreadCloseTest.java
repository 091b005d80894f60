package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A "stop generating" button (C09): a {@code Stream<String>} or {@code ReplyStream} closed on one
 * thread while another is blocked reading it. {@code close()} returns quietly, the reader ends with
 * the method's cancellation and nothing else, and the connection is released.
 */
class CrossThreadCloseTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.okHttpClient(shared));

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  /** A stream that sends "Hello" and then holds the connection open until the test ends. */
  private void enqueueHeldStream(Api api) {
    String sse = api == Api.RESPONSES ? Bodies.responsesStream("Hello", " there") : Bodies.chatStream("Hello", " there");
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(new ScriptedBody().write(sse.substring(0, cut)).await(release).write(sse.substring(cut)))
            .build());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingAStreamWhileItsReaderIsBlocked(Api api) throws Exception {
    enqueueHeldStream(api);
    Stream<String> deltas = served.assistant().stream("q", CallOptions.builder().api(api).build());
    Iterator<String> it = deltas.iterator();
    assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, it::next));
    assertClosingFromAnotherThreadCancels(it::hasNext, deltas::close, "TestAssistant.stream: cancelled");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingAReplyStreamWhileItsReaderIsBlocked(Api api) throws Exception {
    enqueueHeldStream(api);
    ReplyStream stream = served.assistant().replyStream("q", CallOptions.builder().api(api).build());
    Iterator<StreamEvent> it = stream.iterator();
    assertEquals(new StreamEvent.TextDelta("Hello"), assertTimeoutPreemptively(GENEROUS, it::next));
    assertClosingFromAnotherThreadCancels(it::hasNext, stream::close, "TestAssistant.replyStream: cancelled");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingTheTextOfAReplyStreamWhileItsReaderIsBlocked(Api api) throws Exception {
    enqueueHeldStream(api);
    ReplyStream stream = served.assistant().replyStream("q", CallOptions.builder().api(api).build());
    Stream<String> text = stream.text();
    Iterator<String> it = text.iterator();
    assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, it::next));
    assertClosingFromAnotherThreadCancels(it::hasNext, text::close, "TestAssistant.replyStream: cancelled");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingWhileDeltasPourInEndsTheReaderWithACancellation(Api api) throws Exception {
    for (int round = 0; round < 10; round++) {
      served.server().enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/event-stream")
              .body(new EndlessDeltas(api, release))
              .build());
      Stream<String> deltas = served.assistant().stream("q", CallOptions.builder().api(api).build());
      CountDownLatch flowing = new CountDownLatch(200);
      AtomicReference<Throwable> ended = new AtomicReference<>();
      Thread reader =
          new Thread(
              () -> {
                try {
                  deltas.forEach(d -> flowing.countDown());
                } catch (Throwable t) {
                  ended.set(t);
                }
              });
      reader.start();
      assertTrue(flowing.await(20, TimeUnit.SECONDS), "the deltas did not flow");
      deltas.close(); // Must not throw.
      reader.join(TimeUnit.SECONDS.toMillis(20));
      assertFalse(reader.isAlive(), "the reader is still running after close()");
      Throwable t = ended.get();
      assertInstanceOf(CancellationException.class, t, () -> "the reader ended with " + t);
      assertEquals("TestAssistant.stream: cancelled", t.getMessage());
      leaks.assertNothingLeft();
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingBetweenReadsEndsTheNextReadAsACancellation(Api api) {
    enqueueHeldStream(api);
    Stream<String> deltas = served.assistant().stream("q", CallOptions.builder().api(api).build());
    Iterator<String> it = deltas.iterator();
    assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, it::next));
    deltas.close();
    CancellationException e = org.junit.jupiter.api.Assertions.assertThrows(CancellationException.class, it::hasNext);
    assertEquals("TestAssistant.stream: cancelled", e.getMessage());
    leaks.assertNothingLeft();
  }

  /**
   * Runs {@code read} on a thread of its own, waits until that thread is blocked reading the
   * socket, closes on this thread, and checks the outcome.
   */
  private void assertClosingFromAnotherThreadCancels(
      Runnable read, Runnable close, String message) throws Exception {
    AtomicReference<Throwable> ended = new AtomicReference<>();
    Thread reader =
        new Thread(
            () -> {
              try {
                read.run();
              } catch (Throwable t) {
                ended.set(t);
              }
            },
            "blocked-reader");
    reader.start();
    awaitBlockedInARead(reader);
    close.run(); // Must not throw.
    reader.join(TimeUnit.SECONDS.toMillis(20));
    assertFalse(reader.isAlive(), "the reader is still blocked after close()");
    Throwable t = ended.get();
    assertInstanceOf(CancellationException.class, t, () -> "the reader ended with " + t);
    assertEquals(message, t.getMessage());
    leaks.assertNothingLeft();
  }

  /** Deltas written as fast as the socket takes them, until the client hangs up. */
  private static final class EndlessDeltas implements mockwebserver3.MockResponseBody {
    private final Api api;
    private final CountDownLatch release;

    EndlessDeltas(Api api, CountDownLatch release) {
      this.api = api;
      this.release = release;
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(okio.BufferedSink sink) throws java.io.IOException {
      String event =
          api == Api.RESPONSES
              ? Bodies.event("response.output_text.delta", "{\"type\":\"response.output_text.delta\",\"delta\":\"tok \"}")
              : Bodies.data("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"tok \"}}]}");
      while (release.getCount() > 0) {
        sink.writeUtf8(event);
        sink.flush();
      }
    }
  }

  /** Waits until {@code reader} is inside a socket read: closing then races nothing but the read. */
  static void awaitBlockedInARead(Thread reader) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < deadline) {
      boolean reading =
          Arrays.stream(reader.getStackTrace())
              .anyMatch(f -> f.getClassName().contains("Socket") && f.getMethodName().startsWith("read"));
      if (reading && reader.getState() == Thread.State.RUNNABLE) {
        return;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the reader never blocked in a socket read");
  }
}
