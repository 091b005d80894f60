package dev.promptfit;

/**
 * How much of each HTTP exchange Promptfit logs, to the {@link System.Logger} named {@code
 * dev.promptfit.http} at level {@code INFO} (by default that is {@code java.util.logging}). Bodies
 * are never logged: an event stream is never buffered, and prompts and answers stay out of logs.
 *
 * <p>Credentials are always masked: {@code Authorization}, {@code Proxy-Authorization}, {@code
 * Cookie}, {@code Set-Cookie}, and every header whose name contains {@code key}, {@code token},
 * {@code secret} or {@code auth} ({@code api-key}, {@code x-api-key}, {@code x-amz-security-token},
 * ...), plus query parameters named like them, and the API key wherever it appears.
 *
 * <pre><code>
 * Promptfit promptfit = Promptfit.builder().apiKey(key).httpLogging(HttpLogging.HEADERS).build();
 * // INFO: --&gt; POST https://api.openai.com/v1/responses (attempt headers follow)
 * // INFO: &lt;-- 200 OK https://api.openai.com/v1/responses (412 ms, text/event-stream)
 * </code></pre>
 */
public enum HttpLogging {
  /** Nothing; the default. */
  NONE,
  /** Request line, status, duration and content type. */
  BASIC,
  /** {@link #BASIC} plus request and response headers, credentials masked. */
  HEADERS
}
