package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * C04 at scale: 256 calls to one host from one client are all in flight at once on every
 * asynchronous return type. Each is held open by the server until all 256 have got that far, so
 * any per-host cap (OkHttp's dispatcher allows 5) deadlocks the test instead of slowing it.
 */
class ConcurrencyTest {
  private static final int CALLS = 256;
  private static final Duration GENEROUS = Duration.ofSeconds(90);
  private final OkHttpClient shared = new OkHttpClient();
  private final AtomicInteger latchTimeouts = new AtomicInteger();

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.okHttpClient(shared));

  /** Writes {@code before}, waits until {@code gate} opens (counting a timeout), then {@code after}. */
  private MockResponseBody gated(String before, CountDownLatch gate, String after, Runnable onWaiting) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        // A real length: a JSON body of unknown length would end only when the server closes.
        return (before + after).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        sink.writeUtf8(before).flush();
        onWaiting.run();
        try {
          if (!gate.await(60, TimeUnit.SECONDS)) {
            latchTimeouts.incrementAndGet();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
        sink.writeUtf8(after).flush();
      }
    };
  }

  @Test
  void publishersAllReceiveTheirFirstEventBeforeAnyStreamEnds() {
    String sse = Bodies.responsesStream("Hello", " there");
    int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
    CountDownLatch allFirst = new CountDownLatch(CALLS);
    for (int i = 0; i < CALLS; i++) {
      served.server().enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/event-stream")
              .body(gated(sse.substring(0, cut), allFirst, sse.substring(cut), () -> {}))
              .build());
    }
    ConcurrentLinkedQueue<String> texts = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    CountDownLatch done = new CountDownLatch(CALLS);
    assertTimeoutPreemptively(
        GENEROUS,
        () -> {
          for (int i = 0; i < CALLS; i++) {
            served.assistant().publisher("q" + i, CallOptions.none()).subscribe(subscriber(allFirst, texts, errors, done));
          }
          assertTrue(allFirst.await(60, TimeUnit.SECONDS), allFirst.getCount() + " streams never got their first event");
          assertTrue(done.await(60, TimeUnit.SECONDS), "streams did not finish");
        });
    assertEquals(List.of(), new ArrayList<>(errors));
    assertEquals(CALLS, texts.size());
    assertTrue(texts.stream().allMatch("Hello there"::equals), texts::toString);
    assertEquals(0, latchTimeouts.get(), "a server response waited in vain for the others");
    assertEquals(CALLS, served.server().getRequestCount());
  }

  private static Flow.Subscriber<String> subscriber(
      CountDownLatch allFirst,
      ConcurrentLinkedQueue<String> texts,
      ConcurrentLinkedQueue<Throwable> errors,
      CountDownLatch done) {
    return new Flow.Subscriber<>() {
      private final StringBuilder text = new StringBuilder();

      @Override
      public void onSubscribe(Flow.Subscription s) {
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(String item) {
        if (text.length() == 0) {
          allFirst.countDown();
        }
        text.append(item);
      }

      @Override
      public void onError(Throwable t) {
        errors.add(t);
        done.countDown();
      }

      @Override
      public void onComplete() {
        texts.add(text.toString());
        done.countDown();
      }
    };
  }

  @Test
  void futuresAreAllInFlightAtOnce() {
    // A blocking body has no first event, so the server holds each answer until all 256 requests
    // are being answered at the same time.
    CountDownLatch allArrived = new CountDownLatch(CALLS);
    String json = Bodies.responsesObject("ok");
    for (int i = 0; i < CALLS; i++) {
      served.server().enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "application/json")
              .body(gated("", allArrived, json, allArrived::countDown))
              .build());
    }
    List<String> results =
        assertTimeoutPreemptively(
            GENEROUS,
            () -> {
              List<CompletableFuture<String>> futures = new ArrayList<>();
              for (int i = 0; i < CALLS; i++) {
                futures.add(served.assistant().futureText("q" + i, CallOptions.none()));
              }
              List<String> texts = new ArrayList<>();
              for (CompletableFuture<String> f : futures) {
                texts.add(f.get(60, TimeUnit.SECONDS));
              }
              return texts;
            });
    assertTrue(results.stream().allMatch("ok"::equals), results::toString);
    assertEquals(0, latchTimeouts.get(), "a server response waited in vain for the others");
  }
}
