package dev.promptfit.testing;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The response side of one exchange: sends the status line and headers once, lazily, then writes
 * body bytes and flushes each write so the client sees it at once (one HTTP chunk per write).
 */
final class ResponseSink {
  /** {@link HttpExchange#sendResponseHeaders}'s spelling of "chunked". */
  private static final long CHUNKED = 0;
  /** {@link HttpExchange#sendResponseHeaders}'s spelling of "no body". */
  private static final long NO_BODY = -1;

  private final HttpExchange exchange;
  private final int status;
  private final boolean noBody;
  private @Nullable OutputStream body;

  ResponseSink(HttpExchange exchange, int status) {
    this.exchange = exchange;
    this.status = status;
    // HTTP allows a 204, a 304 or the answer to a HEAD no body: what a script writes is dropped.
    this.noBody =
        status == 204 || status == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
  }

  /** Sends the headers now with a chunked body, unless they are already sent. */
  void startChunked() throws IOException {
    // Newer JDKs buffer the headers until the first body write: flushing sends them now.
    body(CHUNKED).flush();
  }

  void write(String text) throws IOException {
    write(text.getBytes(StandardCharsets.UTF_8));
  }

  void write(byte[] bytes) throws IOException {
    OutputStream out = body(CHUNKED);
    // An empty write is skipped: an empty chunk would read as the end of the body.
    if (bytes.length > 0) {
      out.write(bytes);
      out.flush();
    }
  }

  /** Sends headers with a {@code Content-Length} and then the whole body. */
  void writeWhole(byte[] bytes) throws IOException {
    body(bytes.length == 0 ? NO_BODY : bytes.length).write(bytes);
  }

  /** Ends the body cleanly (the last chunk, if chunked) and frees the connection for reuse. */
  void end() throws IOException {
    body(NO_BODY);
    exchange.close();
  }

  /** The body stream, sending the headers first if they are not sent yet. */
  private OutputStream body(long length) throws IOException {
    if (body == null) {
      if (noBody) {
        exchange.sendResponseHeaders(status, NO_BODY);
        body = OutputStream.nullOutputStream();
      } else {
        exchange.sendResponseHeaders(status, length);
        body = exchange.getResponseBody();
      }
    }
    return body;
  }
}
