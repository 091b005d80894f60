package dev.promptfit.internal.http;

import dev.promptfit.HttpLogging;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Not API. Logs each exchange on the wire (a network interceptor, so every retry attempt and the
 * headers OkHttp adds are seen) without reading a body, and with every credential masked. OkHttp's
 * own {@code HttpLoggingInterceptor} masks nothing by default and is not used.
 */
public final class HttpLogger implements Interceptor {
  static final String MASK = "[redacted]";
  private static final System.Logger LOG = System.getLogger("dev.promptfit.http");

  private final HttpLogging level;
  private final Redactor redactor;

  /** Logs at {@code level}, masking credentials and whatever {@code redactor} knows. */
  public HttpLogger(HttpLogging level, Redactor redactor) {
    this.level = level;
    this.redactor = redactor;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogging.NONE || !LOG.isLoggable(System.Logger.Level.INFO)) {
      return chain.proceed(request);
    }
    String url = url(request.url());
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ').append(url);
    if (level == HttpLogging.HEADERS) {
      appendHeaders(out, request.headers());
    }
    log(out);
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(
          new StringBuilder("<-- FAILED ")
              .append(url)
              .append(" (")
              .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
              .append(" ms): ")
              .append(e.getClass().getSimpleName())
              .append(": ")
              .append(e.getMessage()));
      throw e;
    }
    String type = response.header("Content-Type");
    out =
        new StringBuilder("<-- ")
            .append(response.code())
            .append(response.message().isEmpty() ? "" : " " + response.message())
            .append(' ')
            .append(url)
            .append(" (")
            .append(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start))
            .append(" ms to headers")
            .append(type == null ? "" : ", " + type)
            .append(')');
    if (level == HttpLogging.HEADERS) {
      appendHeaders(out, response.headers());
    }
    log(out);
    return response;
  }

  private void log(StringBuilder line) {
    // The key is masked by header name; this also catches it anywhere else (an echoing server).
    LOG.log(System.Logger.Level.INFO, redactor.redact(line.toString()));
  }

  private static void appendHeaders(StringBuilder out, Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      out.append("\n    ")
          .append(name)
          .append(": ")
          .append(isSensitive(name) ? MASK : headers.value(i));
    }
  }

  /**
   * Whether a header or query parameter may carry a credential. Names are lowercased with {@link
   * Locale#ROOT}: under a Turkish default locale {@code "X-API-Key".toLowerCase()} is {@code
   * x-apı-key} and would slip past the match.
   */
  static boolean isSensitive(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return n.equals("cookie")
        || n.equals("set-cookie")
        || n.equals("sig")
        || n.contains("key")
        || n.contains("token")
        || n.contains("secret")
        || n.contains("auth")
        || n.contains("password");
  }

  private static String url(HttpUrl url) {
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder masked = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      masked.addQueryParameter(name, value == null ? null : isSensitive(name) ? MASK : value);
    }
    return masked.build().toString();
  }
}
