package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.internal.http.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import mockwebserver3.MockResponse;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every HTTP status that carries no reply is an {@link ApiException} of its status, worded by the
 * method; error bodies of any common shape keep all they say; a status whose body stalls is still
 * that status.
 */
class StatusMappingTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private static final Sleeper NO_WAIT = (delay, stopped) -> false;
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension
  final ServedClient served =
      new ServedClient(
          b -> b.okHttpClient(shared).maxRetries(0).retryClock(NO_WAIT, Clock.systemUTC()));

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {204, 205})
  void aSuccessWithoutABodyIsAnApiExceptionNotANullPointer(int status) {
    served.server().enqueue(new MockResponse.Builder().code(status).build());
    ApiException e =
        assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(ApiException.class, e.getClass());
    assertEquals(status, e.statusCode());
    assertTrue(e.getMessage().startsWith("TestAssistant.text: "), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 304, 305, 306, 309, 399})
  void aThreeHundredThatIsNoRedirectIsNotCalledOne(int status) {
    served.server().enqueue(new MockResponse.Builder().code(status).build());
    ApiException e =
        assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(status, e.statusCode());
    assertFalse(e.getMessage().contains("redirect"), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void aRedirectIsStillNamedOne(int status) {
    served.server().enqueue(new MockResponse.Builder().code(status).addHeader("Location", "/v2/responses").build());
    ApiException e =
        assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertEquals(status, e.statusCode());
    assertTrue(e.getMessage().contains("redirected (HTTP " + status + ")"), e.getMessage());
  }

  @Test
  void everyErrorStatusIsAnApiExceptionOfThatStatus() {
    // Every named status from 300 up, and unnamed ones in each class. (407 is left out: OkHttp
    // answers a proxy challenge itself, so it never reaches a caller.)
    int[] statuses = {
      300, 301, 302, 303, 304, 305, 306, 307, 308, 309, 399, 400, 401, 402, 403, 404, 405, 406,
      408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 418, 421, 422, 423, 424, 425, 426, 428,
      429, 431, 451, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511, 520, 529, 599
    };
    for (int status : statuses) {
      served.server().enqueue(new MockResponse.Builder().code(status).body("{\"error\":{\"message\":\"m" + status + "\"}}").build());
      ApiException e =
          assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()), "HTTP " + status);
      assertEquals(status, e.statusCode());
      assertTrue(e.getMessage().startsWith("TestAssistant.text: "), e.getMessage());
    }
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // NestJS / Express: the error names the status, the message says what was wrong.
        "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":\"model must be a string\"} | Bad Request: model must be a string",
        // NestJS validation: the message is a list.
        "{\"statusCode\":400,\"error\":\"Bad Request\",\"message\":[\"model must be a string\",\"input is empty\"]} | Bad Request: model must be a string; input is empty",
        // Spring Boot.
        "{\"timestamp\":\"2026-01-01T00:00:00Z\",\"status\":400,\"error\":\"Bad Request\",\"message\":\"unknown model x\",\"path\":\"/v1/responses\"} | Bad Request: unknown model x",
        // Both say the same: said once.
        "{\"error\":\"quota exceeded\",\"message\":\"quota exceeded\"} | quota exceeded",
        // FastAPI with a message beside the detail.
        "{\"detail\":\"Not Found\",\"message\":\"no route /v1/responses\"} | Not Found: no route /v1/responses",
        // OpenAI's shape is unchanged.
        "{\"error\":{\"message\":\"bad model\",\"type\":\"invalid_request_error\",\"code\":\"model_not_found\"}} | bad model",
      })
  void errorBodiesKeepEverythingTheySay(String body, String message) {
    served.server().enqueue(new MockResponse.Builder().code(400).addHeader("Content-Type", "application/json").body(body).build());
    BadRequestException e =
        assertThrows(BadRequestException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(e.getMessage().startsWith("TestAssistant.text: " + message + " (HTTP 400"), e.getMessage());
  }

  @Test
  void anErrorInA200ChatBodyKeepsTheMessageBesideIt() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body("{\"error\":\"Bad Request\",\"message\":\"unknown model x\"}")
            .build());
    ApiException e =
        assertThrows(
            ApiException.class,
            () -> served.assistant().text("q", CallOptions.builder().api(dev.promptfit.annotation.Api.CHAT_COMPLETIONS).build()));
    assertEquals(200, e.statusCode());
    assertTrue(e.getMessage().startsWith("TestAssistant.text: Bad Request: unknown model x (HTTP 200"), e.getMessage());
  }

  @Test
  void aStatusWhoseBodyStallsIsReportedAsThatStatus() {
    TestAssistant assistant =
        served.client(
            b -> b.okHttpClient(shared).maxRetries(0).retryClock(NO_WAIT, Clock.systemUTC())
                .timeout(Duration.ofMillis(500)));
    served.server().enqueue(
        new MockResponse.Builder()
            .code(503)
            .addHeader("Content-Type", "application/json")
            .addHeader("x-request-id", "req_stall")
            .body(new ScriptedBody().write("{\"error\":{\"message\":\"over").await(release))
            .build());
    ServerException e =
        assertTimeoutPreemptively(
            GENEROUS,
            () -> assertThrows(ServerException.class, () -> assistant.text("q", CallOptions.none())));
    assertEquals(503, e.statusCode());
    assertEquals("req_stall", e.requestId().orElseThrow());
    assertFalse(e.getMessage().contains("no response headers"), e.getMessage());
    assertTrue(e.getMessage().contains("HTTP 503"), e.getMessage());
    assertTrue(e.getMessage().contains("the error body stopped"), e.getMessage());
    release.countDown();
    leaks.assertNothingLeft();
  }

  @Test
  void aStalledErrorBodyIsRetriedAsItsStatus() {
    TestAssistant assistant =
        served.client(
            b -> b.okHttpClient(shared).maxRetries(1).retryClock(NO_WAIT, Clock.systemUTC())
                .timeout(Duration.ofMillis(500)));
    served.server().enqueue(
        new MockResponse.Builder()
            .code(503)
            .body(new ScriptedBody().write("<html>busy").await(release))
            .build());
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("ok")).build());
    assertEquals("ok", assertTimeoutPreemptively(GENEROUS, () -> assistant.text("q", CallOptions.none())));
    assertEquals(2, served.server().getRequestCount());
  }
}
