package dev.promptfit.internal.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Not API. Caps what is read of an error response. Retrofit buffers every non-2xx body whole, so
 * an endless HTML page from a misbehaving proxy would otherwise exhaust the heap.
 */
public final class ErrorBodyLimiter implements Interceptor {
  static final long LIMIT_BYTES = 256 * 1024;

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (response.isSuccessful()) {
      return response;
    }
    Buffer kept = new Buffer();
    try (ResponseBody body = response.body()) {
      BufferedSource source = body.source();
      source.request(LIMIT_BYTES);
      kept.write(source.getBuffer(), Math.min(LIMIT_BYTES, source.getBuffer().size()));
      return response
          .newBuilder()
          .body(ResponseBody.create(kept, body.contentType(), kept.size()))
          .build();
    }
  }
}
