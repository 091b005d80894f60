package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.annotation.Api;
import dev.promptfit.internal.http.Sleeper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Faults on real sockets: refused and dropped connections (R09, R10), streams retried only before
 * they start (R13), bodies cut short (T09, T10), failure events over HTTP (T01, T05-T07), HTML and
 * charset bodies (E03, E04), gzip (E09) and CR/LF split across TCP writes (S03).
 */
class NetworkFaultTest {
  private static final Duration GENEROUS = Duration.ofSeconds(20);
  private static final Sleeper NO_WAIT = (delay, stopped) -> false;
  private final OkHttpClient shared = new OkHttpClient();
  private final CountDownLatch release = new CountDownLatch(1);
  private final Leaks leaks = new Leaks(shared);

  @RegisterExtension
  final ServedClient served =
      new ServedClient(b -> b.okHttpClient(shared).retryClock(NO_WAIT, Clock.systemUTC()));

  @AfterEach
  void stop() {
    release.countDown();
    leaks.close();
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  private static String stream(Api api, String... deltas) {
    return api == Api.RESPONSES ? Bodies.responsesStream(deltas) : Bodies.chatStream(deltas);
  }

  private void sse(MockResponse.Builder response) {
    served.server().enqueue(response.addHeader("Content-Type", "text/event-stream").build());
  }

  /** Reads a Stream<String> the way a user does, keeping what arrived before a failure. */
  private static <E extends Throwable> E failsAfter(
      Class<E> type, List<String> got, TestAssistant a, CallOptions o) {
    return assertTimeoutPreemptively(
        GENEROUS,
        () ->
            assertThrows(
                type,
                () -> {
                  try (Stream<String> deltas = a.stream("q", o)) {
                    deltas.forEach(got::add);
                  }
                }));
  }

  @Test
  void aRefusedConnectionIsRetriedAndTheErrorNamesHostAndPort() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    try (Promptfit refused =
        Promptfit.builder()
            .baseUrl("http://127.0.0.1:" + port + "/v1/")
            .retryClock(NO_WAIT, Clock.systemUTC())
            .build()) {
      PromptfitException e =
          assertThrows(
              PromptfitException.class,
              () -> refused.create(TestAssistant.class).text("q", CallOptions.none()));
      assertTrue(
          e.getMessage().contains("could not reach http://127.0.0.1:" + port + "/v1/responses after 3 attempts")
              && e.getMessage().contains("ConnectException"),
          e.getMessage());
    }
  }

  @Test
  void aServerThatDropsKeepAliveAfterAResponseDoesNotFailTheNextCall() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(Bodies.responsesObject("one"))
            .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    served.server().enqueue(
        new MockResponse.Builder().addHeader("Content-Type", "application/json").body(Bodies.responsesObject("two")).build());
    assertEquals("one", served.assistant().text("q", CallOptions.none()));
    assertEquals("two", served.assistant().text("q", CallOptions.none()));
    assertTrue(served.server().getRequestCount() <= 1 + 3, "requests: " + served.server().getRequestCount());
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aStreamRateLimitedBeforeItOpensIsRetried(Api api) {
    served.server().enqueue(new MockResponse.Builder().code(429).body("{\"error\":{\"message\":\"slow down\"}}").build());
    sse(new MockResponse.Builder().body(stream(api, "Hi", "!")));
    assertEquals("Hi!", Shape.STREAM.run(served.assistant(), "q", on(api)));
    assertEquals(2, served.server().getRequestCount());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aStreamCutAfterADeltaIsNeverRetriedAndKeepsItsText(Api api) {
    String sse = stream(api, "Hello", " there", "!");
    String head = sse.substring(0, sse.indexOf("\n\n", sse.indexOf("Hello")) + 2);
    // T09: a chunked body that stops without its final 0-size chunk (the socket is closed).
    sse(new MockResponse.Builder()
        .body(new ScriptedBody().write(head))
        .onResponseEnd(new SocketEffect.CloseSocket(true, false, false)));
    served.server().enqueue(new MockResponse.Builder().body(Bodies.responsesObject("must not be used")).build());
    List<String> got = new ArrayList<>();
    StreamException e = failsAfter(StreamException.class, got, served.assistant(), on(api));
    assertEquals(List.of("Hello"), got);
    assertEquals("Hello", e.partialText());
    assertEquals(1, served.server().getRequestCount(), "a started stream was retried");
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aChunkedBodyEndingEarlyIsAStreamExceptionNotAShortAnswer(Api api) {
    sse(new MockResponse.Builder()
        .chunkedBody(stream(api, "Hello", " there", "!"), 16)
        .onResponseBody(new SocketEffect.CloseSocket(true, false, false)));
    List<String> got = new ArrayList<>();
    StreamException e = failsAfter(StreamException.class, got, served.assistant(), on(api));
    assertEquals(String.join("", got), e.partialText());
    leaks.assertNothingLeft();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aConnectionCloseBodyCutCleanlyStillFailsForWantOfItsTerminalEvent(Api api) {
    // T10: with no length the body ends at close, which looks like a clean end; only the missing
    // terminal event tells.
    String sse = stream(api, "Hello", " there");
    String cut = sse.substring(0, sse.indexOf("\n\n", sse.indexOf("there")) + 2);
    sse(new MockResponse.Builder()
        .body(new ScriptedBody().write(cut))
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE));
    List<String> got = new ArrayList<>();
    StreamException e = failsAfter(StreamException.class, got, served.assistant(), on(api));
    assertEquals(List.of("Hello", " there"), got);
    assertEquals("Hello there", e.partialText());
    assertTrue(e.getMessage().contains("ended") || e.getMessage().contains("without"), e.getMessage());
    leaks.assertNothingLeft();
  }

  enum Failure {
    RESPONSES_ERROR_EVENT(Api.RESPONSES, "event: error\ndata: {\"type\":\"error\",\"code\":\"server_is_overloaded\",\"message\":\"busy\",\"sequence_number\":7}\n\n", "server_is_overloaded"),
    RESPONSES_FAILED(Api.RESPONSES, "event: response.failed\ndata: {\"type\":\"response.failed\",\"response\":{\"id\":\"resp_1\",\"status\":\"failed\",\"error\":{\"code\":\"server_error\",\"message\":\"boom\"}}}\n\n", "server_error"),
    RESPONSES_INCOMPLETE(Api.RESPONSES, "event: response.incomplete\ndata: {\"type\":\"response.incomplete\",\"response\":{\"id\":\"resp_1\",\"status\":\"incomplete\",\"incomplete_details\":{\"reason\":\"max_output_tokens\"}}}\n\n", "max_output_tokens"),
    CHAT_NESTED_ERROR(Api.CHAT_COMPLETIONS, "data: {\"error\":{\"message\":\"Overloaded\",\"code\":\"overloaded_error\"}}\n\n", "overloaded_error");

    final Api api;
    final String frame;
    final String code;

    Failure(Api api, String frame, String code) {
      this.api = api;
      this.frame = frame;
      this.code = code;
    }
  }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void failureEventsEndTheStreamAfterItsDeltas(Failure failure) {
    String sse = stream(failure.api, "Hello", " there");
    String head = sse.substring(0, sse.indexOf("\n\n", sse.indexOf("there")) + 2);
    sse(new MockResponse.Builder().body(new ScriptedBody().write(head + failure.frame).await(release)));
    List<String> got = new ArrayList<>();
    StreamException e = failsAfter(StreamException.class, got, served.assistant(), on(failure.api));
    assertEquals(List.of("Hello", " there"), got);
    assertEquals(failure.code, e.errorCode().orElse(null), e.getMessage());
    assertEquals("Hello there", e.partialText());
    leaks.assertNothingLeft();
  }

  @Test
  void anHtmlProxyPageIsAServerErrorWithABoundedExcerptAndIsRetried() {
    String page = "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(10_000) + "</body></html>";
    for (int i = 0; i < 3; i++) {
      served.server().enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(page).build());
    }
    ServerException e = assertThrows(ServerException.class, () -> Shape.STREAM.run(served.assistant(), "q", CallOptions.none()));
    assertEquals(502, e.statusCode());
    assertTrue(e.getMessage().contains("502 Bad Gateway") && e.getMessage().length() < 2048, e.getMessage());
    assertEquals(3, served.server().getRequestCount());
  }

  @Test
  void anHtmlPageWithStatus200IsAnApiExceptionSayingSo() {
    served.server().enqueue(new MockResponse.Builder().addHeader("Content-Type", "text/html").body("<html>login</html>").build());
    ApiException e = assertThrows(ApiException.class, () -> served.assistant().text("q", CallOptions.none()));
    assertTrue(e.getMessage().contains("got text/html"), e.getMessage());
  }

  @Test
  void aJsonBodyIsDecodedByItsDeclaredCharset() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json; charset=ISO-8859-1")
            .body(new okio.Buffer().write(Bodies.responsesObject("café").getBytes(StandardCharsets.ISO_8859_1)))
            .build());
    assertEquals("café", served.assistant().text("q", CallOptions.none()));
  }

  @Test
  void anEventStreamIsUtf8WhateverCharsetItDeclares() {
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream; charset=ISO-8859-1")
            .body(Bodies.chatStream("café"))
            .build());
    assertEquals("café", Shape.STREAM.run(served.assistant(), "q", on(Api.CHAT_COMPLETIONS)));
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void crlfLineEndsSplitAcrossOneByteWritesParseAsOne(Api api) {
    String sse = stream(api, "Hi", " 中文 😀").replace("\n", "\r\n");
    served.server().enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "text/event-stream")
            .body(sse)
            .throttleBody(1, 0, TimeUnit.MILLISECONDS)
            .build());
    assertEquals("Hi 中文 😀", assertTimeoutPreemptively(GENEROUS, () -> Shape.STREAM.run(served.assistant(), "q", on(api))));
  }

  /** A body of raw parts, flushing each and waiting on latches between them. */
  private static MockResponseBody parts(Object... steps) {
    return new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        for (Object step : steps) {
          if (step instanceof byte[] bytes) {
            sink.write(bytes).flush();
          } else {
            try {
              ((CountDownLatch) step).await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException(e);
            }
          }
        }
      }
    };
  }

  /** {@code text} gzip-compressed, split in two where {@code cut} falls, each part flushed. */
  private static byte[][] gzipInTwo(String text, int cut) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, true)) {
      gzip.write(text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
      gzip.flush(); // a sync flush: the first part decodes without the rest
      int first = bytes.size();
      gzip.write(text.substring(cut).getBytes(StandardCharsets.UTF_8));
      gzip.finish();
      byte[] all = bytes.toByteArray();
      return new byte[][] {java.util.Arrays.copyOf(all, first), java.util.Arrays.copyOfRange(all, first, all.length)};
    }
  }

  @Test
  void aGzipStreamDecodesIncrementally() throws Exception {
    String sse = stream(Api.RESPONSES, "Hello", " there");
    byte[][] parts = gzipInTwo(sse, sse.indexOf("\n\n", sse.indexOf("Hello")) + 2);
    sse(new MockResponse.Builder().addHeader("Content-Encoding", "gzip").body(parts(parts[0], release, parts[1])));
    try (Stream<String> deltas = served.assistant().stream("q", CallOptions.none())) {
      Iterator<String> it = deltas.iterator();
      assertEquals("Hello", assertTimeoutPreemptively(GENEROUS, it::next), "gzip held the first delta back");
      release.countDown();
      assertEquals(" there", it.next());
      assertTrue(!it.hasNext());
    }
    leaks.assertNothingLeft();
  }

  @Test
  void aTruncatedGzipStreamIsAStreamException() throws Exception {
    String sse = stream(Api.CHAT_COMPLETIONS, "Hello", " there");
    byte[][] parts = gzipInTwo(sse, sse.indexOf("\n\n", sse.indexOf("Hello")) + 2);
    sse(new MockResponse.Builder()
        .addHeader("Content-Encoding", "gzip")
        .body(parts(parts[0], java.util.Arrays.copyOf(parts[1], parts[1].length / 2)))
        .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE));
    List<String> got = new ArrayList<>();
    StreamException e = failsAfter(StreamException.class, got, served.assistant(), on(Api.CHAT_COMPLETIONS));
    assertEquals("Hello", got.get(0));
    assertTrue(e.partialText().startsWith("Hello"), e.partialText());
    leaks.assertNothingLeft();
  }
}
