package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The security checklist of RELIABILITY.md (c): a canary key never reaches a message, a {@code
 * toString()}, a cause or suppressed exception, a log record at any level, stdout or stderr, under
 * both auth schemes and a Turkish default locale; redirects never carry credentials to another
 * host; logging masks every credential and never buffers a stream.
 */
class SecurityTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private final String canary = "sk-canary-" + UUID.randomUUID();
  private final MockWebServer server = new MockWebServer();
  private final MockWebServer elsewhere = new MockWebServer();
  private final OkHttpClient shared = new OkHttpClient();
  private final List<String> logged = new ArrayList<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private final Logger root = Logger.getLogger("");
  private final Handler capture =
      new Handler() {
        private final SimpleFormatter format = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
          synchronized (logged) {
            logged.add(format.format(record));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };
  private Level rootLevel;
  private Handler[] rootHandlers;
  private Locale locale;
  private PrintStream out;
  private PrintStream err;

  @BeforeEach
  void start() throws Exception {
    server.start();
    elsewhere.start();
    locale = Locale.getDefault();
    // Under tr-TR, "I".toLowerCase() is a dotless ı: a header match that is not Locale.ROOT fails.
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    rootLevel = root.getLevel();
    root.setLevel(Level.ALL);
    capture.setLevel(Level.ALL);
    // Only the capture sees the records: the JDK's console handler would print every exchange.
    rootHandlers = root.getHandlers();
    for (Handler handler : rootHandlers) {
      root.removeHandler(handler);
    }
    root.addHandler(capture);
    for (String name : List.of("okhttp3", "okhttp3.OkHttpClient", "dev.promptfit", "dev.promptfit.http")) {
      Logger.getLogger(name).setLevel(Level.ALL);
    }
    out = System.out;
    err = System.err;
    PrintStream tee = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(tee);
    System.setErr(tee);
  }

  @AfterEach
  void stop() {
    System.setOut(out);
    System.setErr(err);
    root.removeHandler(capture);
    for (Handler handler : rootHandlers) {
      root.addHandler(handler);
    }
    root.setLevel(rootLevel);
    Locale.setDefault(locale);
    server.close();
    elsewhere.close();
  }

  private Promptfit promptfit(AuthScheme scheme) {
    return Promptfit.builder()
        .baseUrl(server.url("/v1/").toString())
        .apiKey(canary + "\n") // as read from a file: stripped, never echoed
        .authScheme(scheme)
        .okHttpClient(shared)
        .maxRetries(0)
        .httpLogging(HttpLogging.HEADERS)
        .build();
  }

  private void json(int code, String body) {
    server.enqueue(
        new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build());
  }

  private void sse(String body) {
    server.enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "text/event-stream").body(body).build());
  }

  @ParameterizedTest
  @EnumSource(AuthScheme.class)
  void theKeyAppearsNowhereButTheAuthorizationHeader(AuthScheme scheme) throws Exception {
    List<Throwable> failures = new ArrayList<>();
    List<Object> objects = new ArrayList<>();
    try (Promptfit promptfit = promptfit(scheme)) {
      TestAssistant assistant = promptfit.create(TestAssistant.class);
      objects.add(promptfit);
      CallOptions withSecretHeaders =
          CallOptions.builder().header("X-API-KEY", canary).header("X-Session-Token", canary).build();
      objects.add(withSecretHeaders);

      // Success, blocking and streamed; the key really is sent.
      json(200, Bodies.responsesObject("fine"));
      Reply reply = assistant.reply("q", withSecretHeaders);
      objects.add(reply);
      RecordedRequest recorded = server.takeRequest();
      String expected = scheme == AuthScheme.RAW ? canary : "Bearer " + canary;
      assertEquals(expected, recorded.getHeaders().get("Authorization"));
      sse(Bodies.chatStream("Hi"));
      assertEquals("Hi", Shape.STREAM.run(assistant, "q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).build()));

      // Servers echoing the key: an error status, a 200 error body to a stream, a stream error.
      json(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + canary + "\",\"code\":\""
          + canary + "\",\"type\":\"" + canary + "\"}}");
      failures.add(assertThrows(AuthenticationException.class, () -> assistant.text("q", CallOptions.none())));
      json(200, "{\"error\":{\"message\":\"bad key " + canary + "\",\"type\":\"" + canary + "\"}}");
      failures.add(assertThrows(ApiException.class, () -> Shape.STREAM.run(assistant, "q", CallOptions.none())));
      sse(Bodies.chatStream("Hi").replace("data: [DONE]", "data: {\"error\":{\"message\":\"key " + canary + " revoked\",\"code\":\"" + canary + "\"}}"));
      failures.add(assertThrows(StreamException.class, () -> Shape.STREAM.run(assistant, "q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).build())));
      String failed = Bodies.responsesStream("Hi");
      failed = failed.substring(0, failed.indexOf("event: response.completed"))
          + "event: error\ndata: {\"type\":\"error\",\"code\":\"" + canary + "\",\"message\":\"" + canary + "\"}\n\n";
      sse(failed);
      failures.add(assertThrows(StreamException.class, () -> Shape.PUBLISHER.run(assistant, "q", CallOptions.none())));

      // A redirect, whose message names the target.
      server.enqueue(new MockResponse.Builder().code(307).addHeader("Location", elsewhere.url("/v1/responses?key=" + canary)).build());
      failures.add(assertThrows(ApiException.class, () -> assistant.text("q", CallOptions.none())));

      // Bad configuration: the header checks and OkHttp's would quote the value.
      failures.add(assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().header("X-Api-Key", canary + "\n")));
      failures.add(assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().header("X-Api-Key", canary + "é")));
      failures.add(assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().apiKey(canary + "\u0000x")));
      failures.add(assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().apiKey("é" + canary)));
    }

    // Nothing listens there any more: connection refused.
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (Promptfit refused =
        Promptfit.builder().baseUrl("http://127.0.0.1:" + port + "/v1/").apiKey(canary).authScheme(scheme)
            .maxRetries(0).httpLogging(HttpLogging.HEADERS).build()) {
      failures.add(assertThrows(PromptfitException.class, () -> refused.create(TestAssistant.class).text("q", CallOptions.none())));
      objects.add(refused);
    }
    objects.add(Promptfit.builder().apiKey(canary));

    for (Throwable failure : failures) {
      assertChainClean(failure);
    }
    for (Object o : objects) {
      assertFalse(o.toString().contains(canary), () -> "key in toString of " + o.getClass());
    }
    System.out.flush();
    String printed = console.toString(StandardCharsets.UTF_8);
    assertFalse(printed.contains(canary), "key on stdout/stderr");
    String logs;
    synchronized (logged) {
      logs = String.join("\n", logged);
    }
    assertFalse(logs.contains(canary), "key in a log record");
    // The capture worked: the exchanges were logged, credentials masked by name.
    assertTrue(logs.contains("--> POST http://"), logs);
    assertTrue(logs.contains("Authorization: [redacted]"), logs);
    assertTrue(logs.contains("X-API-KEY: [redacted]") && logs.contains("X-Session-Token: [redacted]"), logs);
    assertTrue(logs.contains("<-- 401"), logs);
  }

  private void assertChainClean(Throwable top) {
    Set<Throwable> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> todo = new ArrayList<>(List.of(top));
    while (!todo.isEmpty()) {
      Throwable t = todo.remove(todo.size() - 1);
      if (!seen.add(t)) {
        continue;
      }
      assertFalse(String.valueOf(t.getMessage()).contains(canary), () -> "key in message of " + t);
      assertFalse(t.toString().contains(canary), () -> "key in toString of " + t.getClass());
      if (t instanceof ApiException api) {
        assertFalse(api.errorCode().orElse("").contains(canary), "key in errorCode");
        assertFalse(api.errorType().orElse("").contains(canary), "key in errorType");
      }
      if (t instanceof StreamException stream) {
        assertFalse(stream.errorCode().orElse("").contains(canary), "key in errorCode");
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
  }

  @Test
  void aRedirectIsNotFollowedSoNoCredentialReachesTheOtherHost() throws Exception {
    try (Promptfit promptfit = promptfit(AuthScheme.BEARER)) {
      server.enqueue(
          new MockResponse.Builder().code(307).addHeader("Location", elsewhere.url("/v1/responses")).build());
      elsewhere.enqueue(new MockResponse.Builder().body(Bodies.responsesObject("stolen")).build());
      ApiException e =
          assertThrows(
              ApiException.class,
              () -> promptfit.create(TestAssistant.class).text("q", CallOptions.builder().header("X-Api-Key", canary).build()));
      assertEquals(307, e.statusCode());
      assertTrue(
          e.getMessage().contains("redirected (HTTP 307) to http://" + elsewhere.getHostName() + ":" + elsewhere.getPort() + "/v1/responses")
              && e.getMessage().contains("baseUrl"),
          e.getMessage());
      assertEquals(1, server.getRequestCount(), "a redirect is not retried");
      assertEquals(0, elsewhere.getRequestCount(), "the other host got a request");
    }
  }

  @Test
  void logsAreWrittenWithoutBufferingTheStream() {
    CountDownLatch release = new CountDownLatch(1);
    try (Promptfit promptfit = promptfit(AuthScheme.BEARER)) {
      String sse = Bodies.responsesStream("Hello", " there");
      int cut = sse.indexOf("\n\n", sse.indexOf("Hello")) + 2;
      server.enqueue(
          new MockResponse.Builder()
              .addHeader("Content-Type", "text/event-stream")
              .body(new ScriptedBody().write(sse.substring(0, cut)).await(release).write(sse.substring(cut)))
              .build());
      try (Stream<String> deltas = promptfit.create(TestAssistant.class).stream("q", CallOptions.none())) {
        Iterator<String> it = deltas.iterator();
        assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, it::next), "logging held the stream back");
        release.countDown();
        assertEquals(" there", it.next());
      }
    } finally {
      release.countDown();
    }
    synchronized (logged) {
      assertTrue(logged.stream().anyMatch(l -> l.contains("<-- 200") && l.contains("text/event-stream")), logged::toString);
    }
  }

  @Test
  void aHeaderValueIsNeverEchoedInItsError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().header("X-Api-Key", canary + "\r\nX-Evil: 1"));
    assertTrue(e.getMessage().contains("X-Api-Key"), "the error names the header: " + e.getMessage());
    assertChainClean(e);
  }
}
