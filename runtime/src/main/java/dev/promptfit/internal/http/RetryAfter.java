package dev.promptfit.internal.http;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Reads the wait a server asks for: {@code retry-after-ms} first (the OpenAI SDKs' own
 * header), then {@code retry-after} as seconds or an HTTP date. Values that are not positive,
 * finite and sane are treated as absent, so a garbage header never masks the status error.
 */
public final class RetryAfter {
  private static final long MAX_MILLIS = Duration.ofDays(1).toMillis();

  private RetryAfter() {}

  /** The requested wait, if the headers carry a usable one. */
  public static Optional<Duration> parse(Headers headers, Clock clock) {
    Duration ms = millis(headers.get("retry-after-ms"));
    if (ms != null) {
      return Optional.of(ms);
    }
    String value = headers.get("retry-after");
    if (value == null) {
      return Optional.empty();
    }
    Duration seconds = seconds(value);
    return Optional.ofNullable(seconds != null ? seconds : date(value, clock));
  }

  private static @Nullable Duration millis(@Nullable String value) {
    Double d = number(value);
    return d == null ? null : positive(Math.round(d));
  }

  private static @Nullable Duration seconds(String value) {
    Double d = number(value);
    return d == null ? null : positive(Math.round(d * 1000));
  }

  private static @Nullable Duration date(String value, Clock clock) {
    try {
      ZonedDateTime at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
      return positive(Duration.between(clock.instant(), at.toInstant()).toMillis());
    } catch (DateTimeParseException | ArithmeticException e) {
      return null;
    }
  }

  private static @Nullable Double number(@Nullable String value) {
    if (value == null || value.isBlank() || value.length() > 20) {
      return null;
    }
    try {
      double d = Double.parseDouble(value.trim());
      return Double.isFinite(d) ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static @Nullable Duration positive(long millis) {
    return millis > 0 && millis <= MAX_MILLIS ? Duration.ofMillis(millis) : null;
  }
}
