package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A returned future completed by anyone but the call itself ({@code orTimeout}, {@code
 * completeOnTimeout}, {@code complete}, {@code completeExceptionally}, {@code obtrudeValue})
 * cancels the call, so no tokens are generated (and billed) for an answer nobody waits for.
 */
class FutureCompletionTest {
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension final ServedClient served = new ServedClient(b -> b.okHttpClient(shared));

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  /** Completes the future some way other than the call, while the server is still thinking. */
  private void assertCompletingCancels(Consumer<CompletableFuture<String>> complete)
      throws Exception {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(new ScriptedBody().await(release).write(Bodies.responsesObject("late")))
            .build());
    CompletableFuture<String> future = served.assistant().futureText("q", CallOptions.none());
    RecordedRequest request = served.server().takeRequest(20, TimeUnit.SECONDS);
    assertTrue(request != null, "the call never reached the server");
    complete.accept(future);
    // The call is cancelled: its connection is released while the server still holds the answer.
    leaks.assertNothingLeft();
  }

  @Test
  void orTimeoutCancelsTheCall() throws Exception {
    assertCompletingCancels(
        f -> {
          CompletableFuture<String> timedOut = f.orTimeout(50, TimeUnit.MILLISECONDS);
          CompletionException e = assertThrows(CompletionException.class, timedOut::join);
          assertTrue(e.getCause() instanceof TimeoutException, String.valueOf(e.getCause()));
        });
  }

  @Test
  void completeOnTimeoutCancelsTheCall() throws Exception {
    assertCompletingCancels(
        f -> assertEquals("fallback", f.completeOnTimeout("fallback", 50, TimeUnit.MILLISECONDS).join()));
  }

  @Test
  void completeCancelsTheCall() throws Exception {
    assertCompletingCancels(f -> assertTrue(f.complete("mine")));
  }

  @Test
  void completeExceptionallyCancelsTheCall() throws Exception {
    assertCompletingCancels(f -> assertTrue(f.completeExceptionally(new IllegalStateException("gave up"))));
  }

  @Test
  void obtrudeValueCancelsTheCall() throws Exception {
    assertCompletingCancels(f -> f.obtrudeValue("forced"));
  }

  @Test
  void theCallCompletingItselfIsUnaffected() throws Exception {
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("done")).build());
    CompletableFuture<Reply> future = served.assistant().futureReply("q", CallOptions.none());
    assertEquals("done", future.get(20, TimeUnit.SECONDS).text());
    // The pooled connection serves the next call: the completion did not cancel anything live.
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("again")).build());
    assertEquals("again", served.assistant().futureText("q", CallOptions.none()).get(20, TimeUnit.SECONDS));
    served.server().takeRequest();
    assertEquals(1, served.server().takeRequest().getExchangeIndex(), "the connection was not reused");
    leaks.assertNothingLeft();
  }
}
