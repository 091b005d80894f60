package dev.promptfit;

/**
 * How the API key goes into the {@code Authorization} header.
 *
 * <pre><code>
 * Promptfit.builder().baseUrl("https://www.dmxapi.cn/v1/").apiKey(key).authScheme(AuthScheme.RAW)
 * </code></pre>
 */
public enum AuthScheme {
  /** {@code Authorization: Bearer <key>}: OpenAI and most compatible services. */
  BEARER,
  /** {@code Authorization: <key>}, as some proxies such as DMXAPI document. */
  RAW
}
