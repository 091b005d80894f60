package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key leaks the security test's echoes did not cover: an excerpt cut through an echoed key, a
 * protocol error quoting the key from the wire, and an {@code x-request-id} that echoes it. No part
 * of the key longer than its public {@code sk-canary-} prefix may reach a message, a {@code
 * toString()}, a cause, a suppressed exception, an error code or a request id.
 */
class KeyLeakTest {
  private final String canary = "sk-canary-" + UUID.randomUUID();

  @RegisterExtension
  final ServedClient served = new ServedClient(b -> b.apiKey(canary).maxRetries(0));

  /** The shortest piece of the key that says more than its public prefix. */
  private String secretPart() {
    return canary.substring(0, "sk-canary-".length() + 4);
  }

  @Test
  void anErrorBodyCutThroughTheKeyLeaksNoPrefix() {
    // Whitespace up to just before the error-body cap, so the cap falls inside the echoed key and
    // collapsing the whitespace would bring the key's start into the excerpt.
    String padding = " ".repeat(256 * 1024 - 20);
    served.server().enqueue(
        new MockResponse.Builder().code(500).addHeader("Content-Type", "text/plain").body(padding + canary + " rest").build());
    ServerException e = assertThrows(ServerException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertClean(e);
  }

  @Test
  void aWrongContentTypeExcerptCutThroughTheKeyLeaksNoPrefix() {
    String padding = "\n".repeat(1000);
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/html").body(padding + canary + " and more").build());
    ApiException e = assertThrows(ApiException.class, () -> Shape.STREAM.run(served.assistant(), "q", CallOptions.none()));
    assertTrue(e.getMessage().contains("text/html"), e.getMessage());
    assertClean(e);
  }

  @ParameterizedTest
  @EnumSource(value = Shape.class, names = {"TEXT", "STREAM"})
  void anEchoedRequestIdIsRedacted(Shape shape) {
    String id = "req_" + canary;
    List<Throwable> failures = new ArrayList<>();
    served.server().enqueue(new MockResponse.Builder().code(429).addHeader("x-request-id", id).body(Bodies.error("slow", "t", "c")).build());
    failures.add(assertThrows(ApiException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
    served.server().enqueue(new MockResponse.Builder().addHeader("x-request-id", id).addHeader("Content-Type", "application/json").body(Bodies.error("quota", "t", "c")).build());
    failures.add(assertThrows(ApiException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
    served.server().enqueue(new MockResponse.Builder().addHeader("x-request-id", id).addHeader("Content-Type", "text/html").body("<html>").build());
    failures.add(assertThrows(ApiException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
    served.server().enqueue(new MockResponse.Builder().code(307).addHeader("x-request-id", id).addHeader("Location", "/elsewhere").build());
    failures.add(assertThrows(ApiException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
    String cut = Bodies.responsesStream("a");
    served.server().enqueue(new MockResponse.Builder().addHeader("x-request-id", id).addHeader("Content-Type", "text/event-stream")
        .body(cut.substring(0, cut.indexOf("event: response.completed"))).build());
    failures.add(assertThrows(StreamException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
    served.server().enqueue(new MockResponse.Builder().addHeader("x-request-id", id).addHeader("Content-Type", "application/json").body("{\"status\":\"failed\"}").build());
    failures.add(assertThrows(PromptfitException.class, () -> shape.run(served.assistant(), "q", CallOptions.none())));
    for (Throwable failure : failures) {
      assertClean(failure);
      if (failure instanceof ApiException api) {
        assertTrue(api.requestId().isPresent(), "the request id is kept, redacted");
      }
    }
  }

  @Test
  void aProtocolErrorQuotingTheKeyFromTheStatusLineIsRedacted() throws Exception {
    assertRawReplyIsClean(
        key -> "HTTP/1.1 2OO " + key + "\r\nContent-Type: text/event-stream\r\n\r\n", Api.RESPONSES);
    assertRawReplyIsClean(key -> "HTTP/1.1 abc " + key + "\r\n\r\n", Api.RESPONSES);
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aProtocolErrorQuotingTheKeyFromAChunkHeaderIsRedacted(Api api) throws Exception {
    String first = api == Api.RESPONSES
        ? Bodies.event("response.output_text.delta", "{\"type\":\"response.output_text.delta\",\"delta\":\"Hi\"}")
        : Bodies.data("{\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}");
    byte[] chunk = first.getBytes(StandardCharsets.UTF_8);
    assertRawReplyIsClean(
        key -> "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n"
            + Integer.toHexString(chunk.length) + "\r\n" + first + "\r\n"
            + "1 " + key + "\r\n" + "x\r\n",
        api);
  }

  /** A raw socket answers every request with {@code reply(key)}; each return type must fail clean. */
  private void assertRawReplyIsClean(Function<String, String> reply, Api api) throws Exception {
    try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread serving =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try (Socket socket = server.accept()) {
                    readRequest(socket.getInputStream());
                    OutputStream out = socket.getOutputStream();
                    out.write(reply.apply(canary).getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    socket.shutdownOutput();
                    socket.getInputStream().read();
                  } catch (IOException ignored) {
                    // The client hung up, or the test closed the server.
                  }
                }
              });
      serving.setDaemon(true);
      serving.start();
      try (Promptfit raw =
          Promptfit.builder()
              .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1/")
              .apiKey(canary)
              .maxRetries(0)
              .build()) {
        TestAssistant assistant = raw.create(TestAssistant.class);
        CallOptions options = CallOptions.builder().api(api).build();
        for (Shape shape : Shape.values()) {
          Throwable t = assertThrows(Throwable.class, () -> shape.run(assistant, "q", options), shape.name());
          assertTrue(t instanceof PromptfitException, () -> shape + " ended with " + t);
          assertClean(t);
        }
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    // Headers end at a blank line; the body's length is in Content-Length.
    StringBuilder head = new StringBuilder();
    int b;
    while ((b = in.read()) != -1) {
      head.append((char) b);
      if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
        break;
      }
    }
    String lower = head.toString().toLowerCase(java.util.Locale.ROOT);
    int at = lower.indexOf("content-length:");
    if (at >= 0) {
      int end = lower.indexOf("\r\n", at);
      long length = Long.parseLong(lower.substring(at + "content-length:".length(), end).strip());
      in.readNBytes((int) length);
    }
  }

  private void assertClean(Throwable top) {
    String secret = secretPart();
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(top));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      assertFalse(String.valueOf(t.getMessage()).contains(secret), () -> "key in the message of " + t.getClass().getName() + ": " + t.getMessage());
      assertFalse(t.toString().contains(secret), () -> "key in toString of " + t.getClass());
      if (t instanceof ApiException api) {
        assertFalse(api.errorCode().orElse("").contains(secret), "key in errorCode");
        assertFalse(api.errorType().orElse("").contains(secret), "key in errorType");
        assertFalse(api.requestId().orElse("").contains(secret), "key in requestId");
      }
      if (t instanceof StreamException stream) {
        assertFalse(stream.errorCode().orElse("").contains(secret), "key in errorCode");
        assertFalse(stream.requestId().orElse("").contains(secret), "key in requestId");
        assertFalse(stream.partialText().contains(secret), "key in partialText");
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
  }
}
