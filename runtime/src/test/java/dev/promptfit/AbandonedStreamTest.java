package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Streams nobody closes (C11). A terminal operation ({@code findFirst()}, {@code anyMatch()}, {@code
 * limit(n)...}) releases the call as soon as it returns; a stream that becomes unreachable
 * mid-iteration is released once garbage collected; and a connection that still carries an
 * abandoned response never serves another call.
 */
class AbandonedStreamTest {
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

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  private static String body(Api api, String... deltas) {
    return api == Api.RESPONSES ? Bodies.responsesStream(deltas) : Bodies.chatStream(deltas);
  }

  /** "Hello", then nothing until the test ends: only a cancel can free the connection. */
  private void enqueueHeldStream(Api api) {
    String sse = body(api, "Hello", " there");
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(new ScriptedBody().write(sse.substring(0, cut)).await(release).write(sse.substring(cut)))
            .build());
  }

  enum Terminal {
    FIND_FIRST(s -> s.findFirst()),
    FIND_ANY(s -> s.findAny()),
    ANY_MATCH(s -> s.anyMatch("Hello"::equals)),
    NONE_MATCH(s -> s.noneMatch("Hello"::equals)),
    ALL_MATCH(s -> s.allMatch(" there"::equals)),
    LIMIT(s -> s.limit(1).collect(Collectors.joining())),
    TAKE_WHILE(s -> s.takeWhile("Hello"::equals).filter(d -> !d.isEmpty()).findFirst()),
    MAP_TO_INT(s -> s.mapToInt(String::length).limit(1).sum()),
    FLAT_MAP_FIRST(s -> s.flatMap(d -> Stream.of(d, d)).findFirst());

    final Function<Stream<String>, Object> run;

    Terminal(Function<Stream<String>, Object> run) {
      this.run = run;
    }
  }

  @ParameterizedTest
  @EnumSource(Terminal.class)
  void aShortCircuitingTerminalOperationReleasesTheCall(Terminal terminal) {
    enqueueHeldStream(Api.CHAT_COMPLETIONS);
    // No try-with-resources: the terminal operation itself lets go of the call.
    Object result =
        assertTimeoutPreemptively(
            GENEROUS, () -> terminal.run.apply(served.assistant().stream("q", on(Api.CHAT_COMPLETIONS))));
    assertTrue(result != null);
    leaks.assertNothingLeft();
  }

  @Test
  void theTerminalOperationsResultIsUnchanged() {
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body(Api.RESPONSES, "a", "b", "c")).build());
    assertEquals(Optional.of("a"), served.assistant().stream("q", on(Api.RESPONSES)).findFirst());
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body(Api.RESPONSES, "a", "b", "c")).build());
    assertEquals(List.of("A", "B", "C"), served.assistant().stream("q", on(Api.RESPONSES)).map(String::toUpperCase).toList());
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void anUnreachableStreamReleasesItsCall(Api api) {
    enqueueHeldStream(api);
    abandonAfterTheFirstDelta(api);
    awaitReleasedByTheCollector();
    leaks.assertNothingLeft();
  }

  @Test
  void anUnreachableReplyStreamReleasesItsCall() {
    enqueueHeldStream(Api.RESPONSES);
    abandonAReplyStreamAfterTheFirstEvent();
    awaitReleasedByTheCollector();
    leaks.assertNothingLeft();
  }

  private void abandonAfterTheFirstDelta(Api api) {
    Iterator<String> it = served.assistant().stream("q", on(api)).iterator();
    assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, it::next));
  }

  private void abandonAReplyStreamAfterTheFirstEvent() {
    Iterator<StreamEvent> it = served.assistant().replyStream("q", CallOptions.none()).iterator();
    assertEquals(new StreamEvent.TextDelta("Hello"), assertTimeoutPreemptively(GENEROUS, it::next));
  }

  /** Collects garbage until no connection is in use, for a generous while. */
  private void awaitReleasedByTheCollector() {
    long deadline = System.nanoTime() + GENEROUS.toNanos();
    while (System.nanoTime() < deadline) {
      System.gc();
      shared.connectionPool().evictAll();
      if (shared.connectionPool().connectionCount() == 0) {
        return;
      }
      sleep(50);
    }
    assertEquals(0, shared.connectionPool().connectionCount(), "the abandoned stream still holds its connection");
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aConnectionCarryingAnAbandonedResponseNeverServesAnotherCall(Api api) {
    // Whole streams, sent at once: each abandoned one leaves unread bytes on its connection. A
    // connection that served a later call would hand it those bytes as its status line.
    String[] deltas = IntStream.range(0, 300).mapToObj(i -> " token" + i).toArray(String[]::new);
    String stream = body(api, deltas);
    served.server().setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            boolean streaming = "text/event-stream".equals(request.getHeaders().get("Accept"));
            return new MockResponse.Builder()
                .addHeader("Content-Type", streaming ? "text/event-stream" : "application/json")
                .body(streaming ? stream : Bodies.responsesObject("ok"))
                .build();
          }
        });
    TestAssistant assistant =
        served.client(b -> b.okHttpClient(shared).maxRetries(0).timeout(Duration.ofSeconds(5)));
    for (int i = 0; i < 30; i++) {
      Iterator<String> it = assistant.stream("q", on(api)).iterator();
      assertEquals(" token0", it.next());
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      if (i % 10 == 0) {
        System.gc();
      }
      try {
        assertEquals("ok", assistant.text("q", CallOptions.none()));
      } catch (PromptfitException e) {
        failures.add(e.getMessage());
      }
    }
    assertEquals(List.of(), failures, "later calls were served by connections carrying old responses");
    awaitReleasedByTheCollector();
    leaks.assertNothingLeft();
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
