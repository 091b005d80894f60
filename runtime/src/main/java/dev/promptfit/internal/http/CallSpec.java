package dev.promptfit.internal.http;

import dev.promptfit.annotation.Api;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Not API. What the call adapters need to know about a call beyond its HTTP request, carried as
 * the OkHttp request's tag so it survives {@code Call.clone()} for retries.
 *
 * @param method {@code Assistant.translate}, for messages
 * @param api the resolved endpoint, never {@link Api#DEFAULT}
 * @param deadline {@code CallOptions.timeout}: this call's whole-call deadline, overriding the
 *     client's; null to use the client's
 */
public record CallSpec(String method, Api api, @Nullable Duration deadline) {

  /** A call with the client's deadline. */
  public CallSpec(String method, Api api) {
    this(method, api, null);
  }
}
