package dev.promptfit;

import static dev.promptfit.ToolBodies.call;
import static dev.promptfit.ToolBodies.round;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Cancelling mid-loop stops everything: the tool running is interrupted, no further request is
 * sent, an HTTP call in flight is cancelled, and OkHttp is left with no connection in use, no call
 * running and no leak reported.
 */
class ToolCancellationTest {
  private final MockWebServer server = new MockWebServer();
  private final OkHttpClient shared = new OkHttpClient();
  private final Leaks leaks = new Leaks(shared);
  private final TestTools tools = new TestTools();
  private final CountDownLatch releaseBody = new CountDownLatch(1);
  private Promptfit promptfit;
  private TestToolAgent agent;

  @BeforeEach
  void start() throws IOException {
    server.start();
    promptfit =
        Promptfit.builder().baseUrl(server.url("/v1/").toString()).okHttpClient(shared).build();
    agent = promptfit.create(TestToolAgent.class, tools);
  }

  @AfterEach
  void stop() {
    releaseBody.countDown();
    tools.release.values().forEach(CountDownLatch::countDown);
    leaks.close();
    promptfit.close();
    server.close();
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  /** A round that calls {@code hold("k")}, which runs until interrupted. */
  private void enqueueHeldTool(Api api, boolean streaming) {
    server.enqueue(ToolBodies.response(api, streaming, round("", "", call("c1", "hold", "{\"key\":\"k\"}"))));
  }

  private void awaitToolRunning() throws InterruptedException {
    assertTrue(tools.started("k").await(20, TimeUnit.SECONDS), "the tool started");
  }

  private void assertToolInterruptedAndNothingLeft() throws InterruptedException {
    assertTrue(tools.interrupted.await(20, TimeUnit.SECONDS), "the running tool was interrupted");
    leaks.assertNothingLeft();
    assertEquals(1, server.getRequestCount(), "no request after the cancel");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void cancellingTheFutureStopsTheTool(Api api) throws Exception {
    enqueueHeldTool(api, false);
    CompletableFuture<String> answer = agent.futureText("q", on(api));
    awaitToolRunning();

    assertTrue(answer.cancel(true));

    assertToolInterruptedAndNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingTheStreamFromAnotherThreadStopsTheTool(Api api) throws Exception {
    enqueueHeldTool(api, true);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Stream<String> deltas = agent.stream("q", on(api));
    Thread reader =
        new Thread(
            () -> {
              try {
                deltas.forEach(d -> {});
              } catch (Throwable t) {
                ended.set(t);
              } finally {
                done.countDown();
              }
            });
    reader.start();
    awaitToolRunning();

    deltas.close();

    assertTrue(done.await(20, TimeUnit.SECONDS), "the reader returned");
    assertInstanceOf(CancellationException.class, ended.get());
    assertEquals("TestToolAgent.stream: cancelled", ended.get().getMessage());
    assertToolInterruptedAndNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingTheReplyStreamFromAnotherThreadStopsTheTool(Api api) throws Exception {
    enqueueHeldTool(api, true);
    ReplyStream stream = agent.replyStream("q", on(api));
    Iterator<StreamEvent> events = stream.iterator();
    assertEquals(new StreamEvent.ToolCall("c1", "hold", "{\"key\":\"k\"}"), events.next());
    AtomicReference<Throwable> ended = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread reader =
        new Thread(
            () -> {
              try {
                events.hasNext();
              } catch (Throwable t) {
                ended.set(t);
              } finally {
                done.countDown();
              }
            });
    reader.start();
    awaitToolRunning();

    stream.close();

    assertTrue(done.await(20, TimeUnit.SECONDS), "the reader returned");
    assertInstanceOf(CancellationException.class, ended.get());
    assertToolInterruptedAndNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void cancellingTheSubscriptionStopsTheTool(Api api) throws Exception {
    enqueueHeldTool(api, true);
    AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    AtomicReference<String> signal = new AtomicReference<>();
    agent
        .publisher("q", on(api))
        .subscribe(
            new Flow.Subscriber<>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription.set(s);
                s.request(Long.MAX_VALUE);
              }

              @Override
              public void onNext(String item) {
                signal.set("onNext " + item);
              }

              @Override
              public void onError(Throwable t) {
                signal.set("onError " + t);
              }

              @Override
              public void onComplete() {
                signal.set("onComplete");
              }
            });
    awaitToolRunning();

    subscription.get().cancel();

    assertToolInterruptedAndNothingLeft();
    assertEquals(null, signal.get(), "a cancelled subscription hears nothing more");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void interruptingABlockingCallStopsTheTool(Api api) throws Exception {
    enqueueHeldTool(api, false);
    AtomicReference<Throwable> ended = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread caller =
        new Thread(
            () -> {
              try {
                agent.text("q", on(api));
              } catch (Throwable t) {
                ended.set(t);
                stillInterrupted.set(Thread.currentThread().isInterrupted());
              }
            });
    caller.start();
    awaitToolRunning();

    caller.interrupt();

    caller.join(20_000);
    assertInstanceOf(CancellationException.class, ended.get());
    assertTrue(stillInterrupted.get(), "the caller's interrupt is kept");
    assertToolInterruptedAndNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void closingDuringTheNextRequestCancelsItsHttpCall(Api api) throws Exception {
    server.enqueue(ToolBodies.response(api, true, round("", "", call("c1", "reset", "{}"))));
    String answer =
        api == Api.RESPONSES
            ? Bodies.responsesStream("Hello", " there")
            : Bodies.chatStream("Hello", " there");
    int cut = answer.indexOf("\n\n", answer.indexOf("Hello")) + 2;
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(
                new ScriptedBody()
                    .write(answer.substring(0, cut))
                    .await(releaseBody)
                    .write(answer.substring(cut)))
            .build());

    try (Stream<String> deltas = agent.stream("q", on(api))) {
      assertEquals("Hello", deltas.iterator().next());
    }

    leaks.assertNothingLeft();
    assertEquals(2, server.getRequestCount());
    assertEquals(java.util.List.of("reset()"), tools.calls);
  }
}
