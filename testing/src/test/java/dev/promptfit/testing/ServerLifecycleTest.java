package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starting, concurrency, connection reuse, and a close() that leaves nothing behind. */
class ServerLifecycleTest {

  @Test
  void urlIsALoopbackBaseUrlEndingInV1() {
    try (FakeLlmServer server = new FakeLlmServer()) {
      URI url = URI.create(server.url());
      assertEquals("http", url.getScheme());
      assertEquals("127.0.0.1", url.getHost());
      assertTrue(url.getPort() > 0);
      assertEquals("/v1/", url.getPath());
    }
  }

  @Test
  void hundredStreamsAreHeldOpenAtOnceAndAllAnswered() throws Exception {
    int streams = 100;
    try (FakeLlmServer server = new FakeLlmServer()) {
      CountDownLatch release = new CountDownLatch(1);
      for (int i = 0; i < streams; i++) {
        server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());
      }
      CountDownLatch allHaveFirstDelta = new CountDownLatch(streams);
      ExecutorService clients = Executors.newFixedThreadPool(streams);
      try {
        List<Future<String>> texts = new ArrayList<>();
        for (int i = 0; i < streams; i++) {
          String body = i % 2 == 0
              ? Http.chatBody("m", "i", "x", true, true)
              : Http.responsesBody("m", "i", "x", true);
          String path = i % 2 == 0 ? "chat/completions" : "responses";
          texts.add(clients.submit(() -> readText(server, path, body, allHaveFirstDelta)));
        }
        // Every stream is open and holding at once: only then is the latch released.
        assertTrue(allHaveFirstDelta.await(30, TimeUnit.SECONDS), "streams held open at once");
        release.countDown();
        for (Future<String> text : texts) {
          assertEquals("Hello big world", text.get(30, TimeUnit.SECONDS));
        }
      } finally {
        clients.shutdownNow();
      }
      assertEquals(streams, server.requestCount());
    }
  }

  @Test
  void connectionIsKeptAliveBetweenRequests() throws IOException {
    try (FakeLlmServer server = new FakeLlmServer();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(server.url()).getPort())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      for (String text : List.of("first", "second")) {
        server.enqueueText(text);
        byte[] body = "{\"model\":\"m\",\"input\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        out.write(
            ("POST /v1/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        String response = readFixedLengthResponse(in);
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"text\":\"" + text + "\""), response);
      }
      assertEquals(2, server.requestCount());
    }
  }

  @Test
  void cutLeavesAChunkedBodyWithoutItsLastChunk() throws IOException {
    try (FakeLlmServer server = new FakeLlmServer();
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(server.url()).getPort())) {
      socket.setSoTimeout(10_000);
      server.enqueue(FakeResponse.builder().write("data: a\n\n").cutConnection().build());
      byte[] body = "{\"model\":\"m\",\"input\":\"x\",\"stream\":true}".getBytes(StandardCharsets.UTF_8);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/responses HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();

      String raw = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(raw.toLowerCase().contains("transfer-encoding: chunked"), raw);
      assertTrue(raw.endsWith("9\r\ndata: a\n\n\r\n"), raw);
      assertFalse(raw.endsWith("0\r\n\r\n"), raw);
    }
  }

  @Test
  void closeEndsEveryThreadEvenWithStreamsHeldOpen() throws Exception {
    FakeLlmServer server = new FakeLlmServer();
    String prefix = "fake-llm-server-" + URI.create(server.url()).getPort() + "-";
    CountDownLatch never = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(never).build());
    server.enqueue(FakeResponse.textBuilder("Hello big world").pause(Duration.ofMinutes(5)).build());
    HttpResponse<InputStream> held =
        Http.postStreaming(server, "responses", Http.responsesBody("m", "i", "x", true));
    HttpResponse<InputStream> paused =
        Http.postStreaming(server, "chat/completions", Http.chatBody("m", "i", "x", true, false));
    assertFalse(threadsNamed(prefix).isEmpty());
    assertTrue(threadsNamed(prefix).stream().allMatch(Thread::isDaemon), "daemon threads only");

    long start = System.nanoTime();
    server.close();
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "close() is prompt");
    assertEquals(List.of(), threadsNamed(prefix));
    // The streams held open were cut, not completed.
    for (HttpResponse<InputStream> response : List.of(held, paused)) {
      try (InputStream body = response.body()) {
        String read = readUntilFailure(body);
        assertFalse(read.contains("response.completed") || read.contains("[DONE]"), read);
      }
    }
    server.close(); // twice is harmless
  }

  @Test
  void jdkServerThreadsCarryTheServerName() {
    try (FakeLlmServer server = new FakeLlmServer()) {
      String prefix = "fake-llm-server-" + URI.create(server.url()).getPort() + "-";
      assertTrue(
          threadsNamed(prefix).stream().anyMatch(t -> t.getName().contains("Dispatcher")),
          threadsNamed(prefix).toString());
      assertTrue(
          Thread.getAllStackTraces().keySet().stream()
              .noneMatch(t -> t.getName().equals("HTTP-Dispatcher") && t.isAlive()
                  && !t.isDaemon()));
    }
  }

  private static String readText(
      FakeLlmServer server, String path, String body, CountDownLatch firstDelta) {
    HttpResponse<InputStream> response = Http.postStreaming(server, path, body);
    Sse sse = new Sse(response.body());
    StringBuilder text = new StringBuilder();
    boolean counted = false;
    for (Sse.Event event = sse.next(); event != null; event = sse.next()) {
      String delta = delta(event);
      if (delta != null && !delta.isEmpty()) {
        text.append(delta);
        if (!counted) {
          counted = true;
          firstDelta.countDown();
        }
      }
    }
    return text.toString();
  }

  private static String delta(Sse.Event event) {
    if (event.data().equals("[DONE]")) {
      return null;
    }
    if (event.name() != null) {
      return event.name().equals("response.output_text.delta")
          ? event.json().get("delta").asText()
          : null;
    }
    JsonNode choices = event.json().get("choices");
    if (choices.isEmpty() || !choices.get(0).get("delta").has("content")) {
      return null;
    }
    return choices.get(0).get("delta").get("content").asText();
  }

  private static List<Thread> threadsNamed(String prefix) {
    List<Thread> threads = new ArrayList<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(prefix) && thread.isAlive()) {
        threads.add(thread);
      }
    }
    return threads;
  }

  private static String readUntilFailure(InputStream body) {
    ByteArrayOutputStream read = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
        read.write(buffer, 0, n);
      }
    } catch (IOException expected) {
      // The cut shows as a failed read: that is the point.
    }
    return read.toString(StandardCharsets.UTF_8);
  }

  /** Reads one response with a Content-Length from a kept-alive socket, leaving the rest. */
  private static String readFixedLengthResponse(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("connection closed after: " + head);
      }
      head.write(b);
    }
    String headers = head.toString(StandardCharsets.US_ASCII);
    int length = 0;
    for (String line : headers.split("\r\n")) {
      if (line.toLowerCase().startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    return headers + new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
