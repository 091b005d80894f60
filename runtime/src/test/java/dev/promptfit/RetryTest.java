package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retry policy on real sockets, with the waits recorded instead of slept. */
class RetryTest {
  private static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");
  private final OkHttpClient shared = new OkHttpClient();
  private final List<Duration> waits = new ArrayList<>();
  private final Sleeper recording =
      (delay, cancelled) -> {
        waits.add(delay);
        return false;
      };

  @RegisterExtension
  final ServedClient served =
      new ServedClient(
          b -> b.okHttpClient(shared).retryClock(recording, Clock.fixed(NOW, ZoneOffset.UTC)));

  private void status(int code, String... headers) {
    MockResponse.Builder response = new MockResponse.Builder().code(code).body("{\"error\":{\"message\":\"e" + code + "\"}}");
    for (int i = 0; i < headers.length; i += 2) {
      response.addHeader(headers[i], headers[i + 1]);
    }
    served.server().enqueue(response.build());
  }

  private void ok() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(Bodies.responsesObject("ok"))
            .build());
  }

  @Test
  void serverErrorsAreRetriedWithJitteredBackoff() {
    status(500);
    status(503);
    ok();
    assertEquals("ok", served.assistant().text("q", CallOptions.none()));
    assertEquals(3, served.server().getRequestCount());
    assertEquals(2, waits.size());
    assertBetween(waits.get(0), 375, 500);
    assertBetween(waits.get(1), 750, 1000);
    shared.connectionPool().evictAll();
    assertEquals(0, shared.connectionPool().connectionCount(), "failed attempts were closed");
  }

  @Test
  void retriesStopAfterMaxRetries() {
    status(500);
    status(500);
    status(500);
    ServerException e =
        assertThrows(ServerException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(3, served.server().getRequestCount());
    assertTrue(e.getMessage().contains("e500"), e.getMessage());
  }

  @Test
  void retryAfterMsWinsOverRetryAfter() {
    status(429, "retry-after-ms", "1500", "retry-after", "30");
    ok();
    assertEquals("ok", served.assistant().text("q", CallOptions.none()));
    assertEquals(List.of(Duration.ofMillis(1500)), waits);
  }

  @Test
  void retryAfterAsAnHttpDate() {
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(20).atZone(ZoneOffset.UTC));
    status(429, "retry-after", date);
    ok();
    served.assistant().text("q", CallOptions.none());
    assertEquals(List.of(Duration.ofSeconds(20)), waits);
  }

  @Test
  void garbageRetryAfterFallsBackToBackoff() {
    for (String garbage : new String[] {"-10", "nan", "inf", "Zun, 29 Sep 2026", "0"}) {
      waits.clear();
      status(429, "retry-after", garbage);
      ok();
      served.assistant().text("q", CallOptions.none());
      assertEquals(1, waits.size(), garbage);
      assertBetween(waits.get(0), 375, 500);
    }
  }

  @Test
  void aRetryAfterOverTheCapFailsAtOnce() {
    status(429, "retry-after", "121");
    RateLimitException e =
        assertThrows(RateLimitException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(1, served.server().getRequestCount());
    assertEquals(Duration.ofSeconds(121), e.retryAfter().orElseThrow());
    assertTrue(waits.isEmpty());
  }

  @Test
  void clientErrorsAreNotRetriedUnlessTheServerSaysSo() throws Exception {
    status(400);
    assertThrows(BadRequestException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(1, served.server().getRequestCount());
    status(400, "x-should-retry", "true");
    ok();
    assertEquals("ok", served.assistant().text("q", CallOptions.none()));
    status(503, "x-should-retry", "false");
    assertThrows(ServerException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(4, served.server().getRequestCount());
  }

  @Test
  void everyAttemptSendsTheSameBytes() throws Exception {
    status(408);
    status(409);
    ok();
    served.assistant().text("q", CallOptions.builder().header("X-Trace", "7").build());
    String first = served.server().takeRequest(1, TimeUnit.SECONDS).getBody().utf8();
    for (int i = 0; i < 2; i++) {
      var request = served.server().takeRequest(1, TimeUnit.SECONDS);
      assertEquals(first, request.getBody().utf8());
      assertEquals("7", request.getHeaders().get("X-Trace"));
    }
  }

  private static void assertBetween(Duration d, long minMillis, long maxMillis) {
    assertTrue(
        d.toMillis() >= minMillis && d.toMillis() <= maxMillis,
        d + " not in [" + minMillis + ", " + maxMillis + "] ms");
  }
}
