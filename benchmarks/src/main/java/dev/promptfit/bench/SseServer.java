package dev.promptfit.bench;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal HTTP/1.1 keep-alive server on 127.0.0.1 that answers every POST with a pre-rendered
 * event stream. Each response (status line, headers with a Content-Length, body) is one byte array
 * rendered once at start-up, so serving costs one socket write: far less than any client reading it.
 *
 * <p>Routes (by path suffix and prefix):
 *
 * <ul>
 *   <li>{@code /v1/responses}, {@code /v1/chat/completions}: the long stream ({@code deltas} text
 *       deltas);
 *   <li>{@code /short/v1/...}: a {@link #SHORT}-delta stream (cold start);
 *   <li>{@code /pause/v1/...}: the short stream, with a pause of {@code pauseMillis} after the
 *       first delta event (first-delta latency: a client that buffers shows the pause);
 *   <li>{@code /gate/v1/...}: the long stream, held after its first delta event by the {@link
 *       #gate()} until the whole batch has arrived (concurrency).
 * </ul>
 *
 * <p>{@link #inProgress()} counts responses being written; {@link #maxInProgress()} the most at
 * once since {@link #resetMax()}. A response counts from its request until its last byte is handed
 * to the socket. For gated responses that is exact: none can finish before all have arrived.
 */
final class SseServer implements Closeable {
  static final int SHORT = 20;

  private final ServerSocket socket;
  private final byte[] longResponses;
  private final byte[] longChat;
  private final byte[] shortResponses;
  private final byte[] shortChat;
  private final int shortResponsesSplit;
  private final int shortChatSplit;
  private final int longResponsesSplit;
  private final int longChatSplit;
  private final Gate gate = new Gate();
  private final int pauseMillis;
  private final int responsesBodyBytes;
  private final int chatBodyBytes;
  private final AtomicInteger inProgress = new AtomicInteger();
  private final AtomicInteger maxInProgress = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile boolean closed;

  SseServer(int deltas, int pauseMillis) throws IOException {
    this(Bodies.responses(deltas), Bodies.chat(deltas), pauseMillis);
  }

  /** A server whose long streams are these bodies (the typed benchmarks' JSON answers). */
  SseServer(Bodies.Body responses, Bodies.Body chat, int pauseMillis) throws IOException {
    this.pauseMillis = pauseMillis;
    Bodies.Body shortR = Bodies.responses(SHORT);
    Bodies.Body shortC = Bodies.chat(SHORT);
    this.responsesBodyBytes = responses.bytes().length;
    this.chatBodyBytes = chat.bytes().length;
    this.longResponses = withHeaders(responses.bytes());
    this.longChat = withHeaders(chat.bytes());
    this.shortResponses = withHeaders(shortR.bytes());
    this.shortChat = withHeaders(shortC.bytes());
    this.shortResponsesSplit = shortResponses.length - shortR.bytes().length + shortR.afterFirstDelta();
    this.shortChatSplit = shortChat.length - shortC.bytes().length + shortC.afterFirstDelta();
    this.longResponsesSplit = longResponses.length - responses.bytes().length + responses.afterFirstDelta();
    this.longChatSplit = longChat.length - chat.bytes().length + chat.afterFirstDelta();
    this.socket = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "sse-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL of the long streams, ending in {@code /v1/}. */
  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/v1/";
  }

  /** The base URL of the short streams with a pause after the first delta. */
  String pauseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/pause/v1/";
  }

  /** The base URL of the short streams. */
  String shortUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/short/v1/";
  }

  /** The base URL of the long streams held by the {@link #gate()} after their first delta. */
  String gateUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/gate/v1/";
  }

  /** The gate of the {@link #gateUrl()} streams; arm it before each batch. */
  Gate gate() {
    return gate;
  }

  /** The length of a long stream's body. */
  int bodyBytes(boolean chat) {
    return chat ? chatBodyBytes : responsesBodyBytes;
  }

  int inProgress() {
    return inProgress.get();
  }

  int maxInProgress() {
    return maxInProgress.get();
  }

  int requests() {
    return requests.get();
  }

  void resetMax() {
    maxInProgress.set(inProgress.get());
  }

  private static byte[] withHeaders(byte[] body) {
    byte[] head =
        ("HTTP/1.1 200 OK\r\n"
                + "Content-Type: text/event-stream; charset=utf-8\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Cache-Control: no-cache\r\n"
                + "x-request-id: req_benchmark\r\n"
                + "\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = socket.accept();
        client.setTcpNoDelay(true);
        Thread t = new Thread(() -> serve(client), "sse-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
      }
    }
  }

  private void serve(Socket client) {
    try (client) {
      InputStream in = new BufferedInputStream(client.getInputStream(), 8192);
      OutputStream out = client.getOutputStream();
      StringBuilder line = new StringBuilder(256);
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        long length = 0;
        for (String h; (h = readLine(in, line)) != null && !h.isEmpty(); ) {
          int colon = h.indexOf(':');
          if (colon > 0 && h.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("content-length")) {
            length = Long.parseLong(h.substring(colon + 1).trim());
          }
        }
        in.skipNBytes(length);
        requests.incrementAndGet();
        String path = requestLine.split(" ", 3)[1];
        boolean chat = path.endsWith("/chat/completions");
        int now = inProgress.incrementAndGet();
        maxInProgress.accumulateAndGet(now, Math::max);
        try {
          if (path.startsWith("/pause/")) {
            byte[] bytes = chat ? shortChat : shortResponses;
            int split = chat ? shortChatSplit : shortResponsesSplit;
            out.write(bytes, 0, split);
            out.flush();
            Thread.sleep(pauseMillis);
            out.write(bytes, split, bytes.length - split);
          } else if (path.startsWith("/gate/")) {
            byte[] bytes = chat ? longChat : longResponses;
            int split = chat ? longChatSplit : longResponsesSplit;
            out.write(bytes, 0, split);
            out.flush();
            gate.pass();
            out.write(bytes, split, bytes.length - split);
          } else if (path.startsWith("/short/")) {
            out.write(chat ? shortChat : shortResponses);
          } else {
            out.write(chat ? longChat : longResponses);
          }
          out.flush();
        } finally {
          inProgress.decrementAndGet();
        }
      }
    } catch (SocketException e) {
      // The client closed the connection (a cancelled stream, or the pool evicting it).
    } catch (IOException e) {
      if (!closed) {
        e.printStackTrace();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** An ASCII header line without its CRLF, or null at end of input. */
  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    for (int b; (b = in.read()) != -1; ) {
      if (b == '\n') {
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
          line.setLength(n - 1);
        }
        return line.toString();
      }
      line.append((char) b);
    }
    return line.length() == 0 ? null : line.toString();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    socket.close();
  }
}
