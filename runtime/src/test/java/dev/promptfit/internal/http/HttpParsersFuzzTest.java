package dev.promptfit.internal.http;

import dev.promptfit.internal.Failures;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.promptfit.ApiException;
import dev.promptfit.RateLimitException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Fuzzes the parsers of what a server sends back besides the stream: {@link RetryAfter} (a wait is
 * absent or positive and at most a day, so a hostile header can neither spin nor stall a client)
 * and {@link ApiErrors} (always an {@link ApiException} of the status's class, never another
 * exception, and never the key even when the body echoes it). Seeds in {@code
 * HttpParsersFuzzTestInputs/}.
 */
class HttpParsersFuzzTest {
  private static final String KEY = "sk-fuzz-canary-0123456789";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-22T00:00:00Z"), ZoneOffset.UTC);

  @FuzzTest(maxDuration = "2m")
  void retryAfterIsAbsentOrASaneWait(FuzzedDataProvider data) {
    Headers.Builder headers = new Headers.Builder();
    if (data.consumeBoolean()) {
      headers.addUnsafeNonAscii("retry-after-ms", data.consumeString(40));
    }
    headers.addUnsafeNonAscii("retry-after", data.consumeRemainingAsString());
    Optional<Duration> wait = RetryAfter.parse(headers.build(), CLOCK);
    wait.ifPresent(
        d -> {
          assertTrue(!d.isNegative() && !d.isZero(), () -> "non-positive wait " + d);
          assertTrue(d.compareTo(Duration.ofDays(1)) <= 0, () -> "absurd wait " + d);
        });
  }

  @FuzzTest(maxDuration = "2m")
  void errorBodiesBecomeApiExceptionsWithoutTheKey(FuzzedDataProvider data) {
    int status = data.consumeInt(400, 599);
    boolean echo = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    byte[] body = (echo ? text + KEY + text : text).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    ApiException e =
        ApiErrors.create(
            new Failures("Fuzz.call", new Redactor(KEY)),
            status,
            body,
            "req_1",
            status == 429 ? Duration.ofSeconds(1) : null,
            "POST /v1/responses",
            null);
    assertNotNull(e.getMessage());
    assertTrue(e.statusCode() == status);
    assertTrue(status != 429 || e instanceof RateLimitException);
    assertFalse(e.getMessage().contains(KEY), "key in message");
    assertFalse(e.toString().contains(KEY), "key in toString");
    assertFalse(e.errorCode().orElse("").contains(KEY), "key in errorCode");
    assertFalse(e.errorType().orElse("").contains(KEY), "key in errorType");
  }
}
