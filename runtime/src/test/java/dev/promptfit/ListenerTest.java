package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.listen.CallEvents;
import dev.promptfit.internal.listen.Listeners;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a {@link PromptfitListener} is told, in which order and on which thread, against a real
 * local server; and that it sees no content unless the client captures it.
 */
class ListenerTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final Recorder recorder = new Recorder();
  private final CountDownLatch release = new CountDownLatch(1);
  private Promptfit promptfit;

  @AfterEach
  void tearDown() {
    release.countDown();
    if (promptfit != null) {
      promptfit.close();
    }
    server.close();
  }

  private TestAssistant client(boolean captureContent) {
    promptfit =
        Promptfit.builder()
            .baseUrl(server.url())
            .apiKey("sk-test-listener-0123456789")
            .maxRetries(1)
            .captureContent(captureContent)
            .listener(recorder)
            .build();
    return promptfit.create(TestAssistant.class);
  }

  /** Records each callback as one line. */
  static final class Recorder implements PromptfitListener {
    final List<String> events = java.util.Collections.synchronizedList(new ArrayList<>());
    volatile @Nullable PromptCall call;
    volatile @Nullable Reply reply;
    volatile @Nullable Throwable failure;
    volatile @Nullable Thread createdOn;

    @Override
    public void callCreated(PromptCall call) {
      this.call = call;
      createdOn = Thread.currentThread();
      events.add("created");
    }

    @Override
    public void callStarted(PromptCall call) {
      events.add("started");
    }

    @Override
    public void attemptStarted(PromptCall call, int retry) {
      events.add("attempt " + retry);
    }

    @Override
    public void attemptEnded(PromptCall call, Attempt attempt) {
      events.add(
          "attempt "
              + attempt.retry()
              + " ended "
              + attempt.statusCode()
              + (attempt.failure() == null ? "" : " " + attempt.failure().getClass().getSimpleName())
              + (attempt.willRetry() ? " retry after " + attempt.retryDelay().toMillis() + " ms" : ""));
    }

    @Override
    public void firstDelta(PromptCall call) {
      events.add("first delta");
    }

    @Override
    public void toolRoundStarted(PromptCall call, int round, int calls) {
      events.add("round " + round + " of " + calls);
    }

    @Override
    public void toolStarted(PromptCall call, ToolExecution tool) {
      events.add("tool " + tool.name() + " " + tool.callId() + " " + tool.arguments().orElse("-"));
    }

    @Override
    public void toolEnded(PromptCall call, ToolExecution tool, @Nullable Throwable failure) {
      events.add("tool ended " + tool.result().orElse("-") + (failure == null ? "" : " failed"));
    }

    @Override
    public void callEnded(PromptCall call, Reply reply) {
      this.reply = reply;
      events.add("ended");
    }

    @Override
    public void callFailed(PromptCall call, Throwable failure) {
      this.failure = failure;
      events.add("failed " + failure.getClass().getSimpleName());
    }
  }

  @Test
  void aBlockingCallIsToldInOrderAndSeesNoContent() {
    TestAssistant assistant = client(false);
    server.enqueue(FakeResponse.textBuilder("Hello there").usage(7, 2).build());

    assertEquals("Hello there", assistant.text("Hi", CallOptions.builder().temperature(0.5).build()));

    assertEquals(
        List.of("created", "started", "attempt 0", "attempt 0 ended 200", "first delta", "ended"),
        recorder.events);
    assertSame(Thread.currentThread(), recorder.createdOn);
    PromptCall call = recorder.call;
    assertEquals("TestAssistant.text", call.method());
    assertEquals(Api.RESPONSES, call.api());
    assertEquals("gpt-test", call.model());
    assertEquals(0.5, call.temperature().getAsDouble());
    assertFalse(call.topP().isPresent());
    assertFalse(call.streaming());
    assertEquals("127.0.0.1", call.serverAddress());
    assertEquals(java.net.URI.create(server.url()).getPort(), call.serverPort());
    assertTrue(call.prompt().isEmpty(), "no content without captureContent");
    assertTrue(call.instructions().isEmpty());
    assertEquals("", recorder.reply.text(), "the reply a listener sees carries no text");
    assertEquals(7, recorder.reply.usage().inputTokens());
    assertEquals("resp_00000001", recorder.reply.id());
    assertTrue(call.timeToFirstDelta().isPresent());
    Duration whole = call.duration();
    assertTrue(call.timeToFirstDelta().get().compareTo(whole) <= 0);
    assertEquals(whole, call.duration(), "an ended call's duration stays put");
    assertFalse(call.toString().contains("Hi"), call.toString());
  }

  @Test
  void captureContentShowsPromptInstructionsAndTheAnswersText() {
    TestAssistant assistant = client(true);
    server.enqueue(FakeResponse.text("Hello there"));
    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      assertEquals("Hello there", deltas.collect(Collectors.joining()));
    }
    assertEquals("Q: Hi", recorder.call.prompt().orElseThrow(), "the rendered @Prompt");
    assertEquals("Be brief.", recorder.call.instructions().orElseThrow());
    assertEquals("Hello there", recorder.reply.text(), "kept whole for listeners, even for a Stream");
  }

  @Test
  void aStreamStartsAtItsTerminalOperationAndIsCreatedAtInvocation() {
    TestAssistant assistant = client(false);
    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      assertEquals(List.of("created"), recorder.events);
      assertEquals(Duration.ZERO, recorder.call.duration());
      deltas.forEach(d -> {});
      assertTrue(recorder.call.streaming());
    }
    assertEquals(
        List.of("created", "started", "attempt 0", "attempt 0 ended 200", "first delta", "ended"),
        recorder.events);
  }

  @Test
  void aRetriedAttemptSaysWhyAndHowLongTheWaitIs() {
    TestAssistant assistant = client(false);
    server.enqueue(
        FakeResponse.error(503, "overloaded").toBuilder().header("retry-after-ms", "20").build());
    server.enqueue(FakeResponse.text("Hello"));

    assistant.text("Hi", CallOptions.none());

    assertEquals(
        List.of(
            "created",
            "started",
            "attempt 0",
            "attempt 0 ended 503 retry after 20 ms",
            "attempt 1",
            "attempt 1 ended 200",
            "first delta",
            "ended"),
        recorder.events);
  }

  @Test
  void aFailedCallEndsOnceWithTheExceptionTheCallerSees() {
    TestAssistant assistant = client(false);
    server.enqueue(FakeResponse.error(400, "bad request"));

    BadRequestException thrown =
        assertThrows(BadRequestException.class, () -> assistant.reply("Hi", CallOptions.none()));

    assertEquals(
        List.of(
            "created",
            "started",
            "attempt 0",
            "attempt 0 ended 400 BadRequestException",
            "failed BadRequestException"),
        recorder.events);
    assertSame(thrown, recorder.failure);
  }

  @Test
  void aStreamClosedBeforeItsEndFailsAsCancelled() {
    TestAssistant assistant = client(false);
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());
    try (Stream<String> deltas = assistant.stream("Hi", CallOptions.none())) {
      Iterator<String> it = deltas.iterator();
      assertEquals("Hello", it.next());
    }
    assertEquals("failed CancellationException", recorder.events.get(recorder.events.size() - 1));
    assertInstanceOf(CancellationException.class, recorder.failure);
    assertEquals(1, recorder.events.stream().filter(e -> e.startsWith("failed")).count());
  }

  @Test
  void aStreamClosedBeforeItStartedReportsNothingMore() {
    TestAssistant assistant = client(false);
    assistant.stream("Hi", CallOptions.none()).close();
    assertEquals(List.of("created"), recorder.events);
  }

  @Test
  void toolEventsCarryContentOnlyWhenCaptured() {
    for (boolean capture : new boolean[] {false, true}) {
      recorder.events.clear();
      Listeners listeners = new Listeners(List.of(recorder), capture, "example.com", 443);
      CallEvents events =
          listeners.call("Agent.plan", Api.CHAT_COMPLETIONS, LlmRequest.builder("m").build(), "p");
      events.started();
      events.toolRound(1, 1);
      ToolExecution run = events.toolStarted(1, "temperature", "call_1", "{\"city\":\"Paris\"}");
      assertEquals(1, run.round());
      events.toolEnded(run, "21.5", null);
      assertEquals(
          capture
              ? List.of("created", "started", "round 1 of 1",
                  "tool temperature call_1 {\"city\":\"Paris\"}", "tool ended 21.5")
              : List.of("created", "started", "round 1 of 1", "tool temperature call_1 -",
                  "tool ended -"),
          recorder.events);
    }
  }

  @Test
  void withoutListenersNothingIsMadePerCall() {
    Listeners none = new Listeners(List.of(), true, "example.com", 443);
    assertSame(
        CallEvents.NONE,
        none.call("I.m", Api.RESPONSES, LlmRequest.builder("m").build(), "p"));
    assertFalse(none.captureContent(), "no listener, so no text is kept for one");
  }
}
