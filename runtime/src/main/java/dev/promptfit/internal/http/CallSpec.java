package dev.promptfit.internal.http;

import dev.promptfit.annotation.Api;

/**
 * Not API. What the call adapters need to know about a call beyond its HTTP request, carried as
 * the OkHttp request's tag so it survives {@code Call.clone()} for retries.
 *
 * @param method {@code Assistant.translate}, for messages
 * @param api the resolved endpoint, never {@link Api#DEFAULT}
 */
public record CallSpec(String method, Api api) {}
