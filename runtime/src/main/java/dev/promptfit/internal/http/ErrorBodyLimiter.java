package dev.promptfit.internal.http;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Not API. Caps what is read of an error response, and keeps its status whatever its body does.
 * Retrofit buffers every non-2xx body whole, so an endless HTML page from a misbehaving proxy would
 * otherwise exhaust the heap. It first tells the call that headers arrived ({@link HeadersSignal}),
 * so the headers timeout no longer applies; the body is then read under the idle timeout, and a
 * body that stalls or breaks off is kept as far as it came: the status is what the caller hears.
 */
public final class ErrorBodyLimiter implements Interceptor {
  static final long LIMIT_BYTES = 256 * 1024;

  private final Duration idle;

  /** A limiter that reads error bodies with {@code idle} as the longest silence between bytes. */
  public ErrorBodyLimiter(Duration idle) {
    this.idle = idle;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    HeadersSignal signal = chain.request().tag(HeadersSignal.class);
    if (signal != null) {
      signal.headersArrived();
    }
    if (response.isSuccessful()) {
      return response;
    }
    Buffer kept = new Buffer();
    try (ResponseBody body = response.body()) {
      BufferedSource source = body.source();
      source.timeout().timeout(idle.toMillis(), TimeUnit.MILLISECONDS);
      try {
        source.request(LIMIT_BYTES);
      } catch (IOException e) {
        // The status arrived; what came of the body is all the message can quote.
        if (signal != null) {
          signal.errorBodyCut(
              "the error body stopped after "
                  + source.getBuffer().size()
                  + " bytes ("
                  + e.getClass().getSimpleName()
                  + ": "
                  + e.getMessage()
                  + ")");
        }
      }
      kept.write(source.getBuffer(), Math.min(LIMIT_BYTES, source.getBuffer().size()));
      return response
          .newBuilder()
          .body(ResponseBody.create(kept, body.contentType(), kept.size()))
          .build();
    }
  }
}
