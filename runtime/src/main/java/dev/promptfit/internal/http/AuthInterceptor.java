package dev.promptfit.internal.http;

import dev.promptfit.AuthScheme;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Not API. Adds the credential to each request. It is an application interceptor, so it runs once
 * per call and OkHttp's redirect handling (which drops {@code Authorization} across hosts) sees a
 * header it can strip.
 */
public final class AuthInterceptor implements Interceptor {
  private final String headerValue;

  /** Sends {@code apiKey} as {@code scheme} says, with or without {@code Bearer}. */
  public AuthInterceptor(String apiKey, AuthScheme scheme) {
    this.headerValue = scheme == AuthScheme.RAW ? apiKey : "Bearer " + apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header("Authorization", headerValue).build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{Authorization=[redacted]}";
  }
}
