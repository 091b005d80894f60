package dev.promptfit.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.promptfit.CallOptions;
import dev.promptfit.Promptfit;
import dev.promptfit.PromptfitException;
import dev.promptfit.Reply;
import dev.promptfit.ReplyStream;
import dev.promptfit.StreamException;
import dev.promptfit.annotation.Api;
import dev.promptfit.testing.FakeLlmServer;
import dev.promptfit.testing.FakeResponse;
import dev.promptfit.testing.RecordedLlmRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The processor's code and the runtime together, against FakeLlmServer on a real socket. */
class GeneratedClientTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private Promptfit promptfit;
  private GeneratedClient client;

  @BeforeEach
  void start() {
    promptfit = Promptfit.builder().baseUrl(server.url()).apiKey("sk-e2e").build();
    client = promptfit.create(GeneratedClient.class);
  }

  @AfterEach
  void stop() {
    promptfit.close();
    server.close();
  }

  private static CallOptions on(Api api) {
    return CallOptions.builder().api(api).build();
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void everyReturnTypeGetsTheWholeText(Api api) throws Exception {
    String text = "Hello there, general Kenobi! 你好 😊";
    List<String> results = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      server.enqueueText(text);
    }
    results.add(client.text("Ann", "prose", on(api)));
    results.add(client.reply("Ann", "prose", on(api)).text());
    try (Stream<String> deltas = client.stream("Ann", "prose", on(api))) {
      results.add(deltas.collect(Collectors.joining()));
    }
    results.add(String.join("", collect(client.publisher("Ann", "prose", on(api)))));
    try (ReplyStream events = client.events("Ann", "prose", on(api))) {
      results.add(events.text().collect(Collectors.joining()));
      assertEquals(text, events.reply().text());
    }
    results.add(client.futureText("Ann", "prose", on(api)).get(10, TimeUnit.SECONDS));
    results.add(client.futureReply("Ann", "prose", on(api)).get(10, TimeUnit.SECONDS).text());
    assertEquals(List.of(text, text, text, text, text, text, text), results);

    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      RecordedLlmRequest request = server.takeRequest();
      assertEquals(api, request.api());
      assertEquals("Answer in prose.", request.instructions());
      inputs.add(request.input());
    }
    assertEquals(
        List.of("Say {hi} to Ann.", "Say hi to Ann.", "Stream to Ann.", "Publish to Ann.",
            "Events for Ann.", "Later for Ann.", "Later reply for Ann."),
        inputs);
  }

  @Test
  void annotationsReachTheWire() {
    server.enqueueText("ok");
    server.enqueueText("ok");
    Reply reply = client.reply("Bo", "verse", CallOptions.none());
    assertTrue(reply.usage().totalTokens() > 0, String.valueOf(reply.usage()));
    RecordedLlmRequest request = server.takeRequest();
    assertEquals(Api.RESPONSES, request.api());
    assertEquals("gpt-e2e", request.model());
    assertFalse(request.stream());
    Map<String, Object> options = request.options();
    assertEquals(0.5, ((Number) options.get("temperature")).doubleValue());
    assertEquals(0.9, ((Number) options.get("top_p")).doubleValue());
    assertEquals(99, ((Number) options.get("max_output_tokens")).intValue());
    assertEquals(Map.of("effort", "low"), options.get("reasoning"));
    assertEquals("Bearer sk-e2e", request.header("authorization"));

    collect(client.publisher("Bo", "verse", CallOptions.none()));
    RecordedLlmRequest chat = server.takeRequest();
    assertEquals(Api.CHAT_COMPLETIONS, chat.api(), "the method's @Model(api) wins");
    assertEquals("gpt-chat", chat.model());
    assertTrue(chat.stream());
    assertEquals(Map.of("include_usage", true), chat.options().get("stream_options"));
  }

  @Test
  void argumentsAreInsertedLiterally() {
    server.enqueueText("ok");
    client.text("{name} $1 \\ {{x}} }{", "plain", CallOptions.none());
    assertEquals("Say {hi} to {name} $1 \\ {{x}} }{.", server.takeRequest().input());
  }

  @Test
  void defaultMethodsPassThrough() {
    server.enqueueText("quiet");
    assertEquals("QUIET", client.shout("Cy"));
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void theFirstDeltaArrivesWhileTheServerWaits(Api api) {
    CountDownLatch release = new CountDownLatch(1);
    server.enqueue(FakeResponse.textBuilder("Hello big world").await(release).build());
    try (Stream<String> deltas = client.stream("Di", "prose", on(api))) {
      Iterator<String> it = deltas.iterator();
      assertEquals("Hello", assertTimeoutPreemptively(Duration.ofSeconds(10), it::next));
      release.countDown();
      List<String> rest = new ArrayList<>();
      it.forEachRemaining(rest::add);
      assertEquals("Hello big world", "Hello" + String.join("", rest));
    }
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aMidStreamErrorComesAfterTheDeltas(Api api) {
    server.enqueue(
        FakeResponse.textBuilder("Hello big world")
            .afterDelta(2)
            .streamError("server_error", "server_error", "The server had an error")
            .build());
    List<String> got = new ArrayList<>();
    StreamException e;
    try (Stream<String> deltas = client.stream("Ed", "prose", on(api))) {
      e = assertThrows(StreamException.class, () -> deltas.forEach(got::add));
    }
    assertEquals(List.of("Hello", " big"), got);
    assertEquals("Hello big", e.partialText());
    assertTrue(e.getMessage().contains("The server had an error"), e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(value = Api.class, names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aCutConnectionIsAStreamException(Api api) {
    server.enqueue(FakeResponse.textBuilder("Hello big world").afterDelta(1).cutConnection().build());
    StreamException e;
    try (Stream<String> deltas = client.stream("Fi", "prose", on(api))) {
      e = assertThrows(StreamException.class, () -> deltas.forEach(d -> { }));
    }
    assertEquals("Hello", e.partialText());
  }

  @Test
  void anInterfaceWithoutGeneratedCodeSaysHowToFixTheBuild() {
    PromptfitException e =
        assertThrows(PromptfitException.class, () -> promptfit.create(NotProcessed.class));
    // The likeliest cause first: the interface has nothing for the processor to implement.
    assertTrue(
        e.getMessage().contains("neither it nor any interface it extends has a @Prompt method"),
        e.getMessage());
    assertTrue(e.getMessage().contains("promptfit-processor"), e.getMessage());
    assertTrue(e.getMessage().contains("annotationProcessorPaths"), e.getMessage());
  }

  @Test
  void echoesWhenNothingIsEnqueued() {
    String echoed = client.text("Gil", "prose", CallOptions.none());
    assertTrue(echoed.contains("Say {hi} to Gil."), echoed);
    assertNull(null);
  }

  interface NotProcessed {
    String nothing();
  }

  static List<String> collect(Flow.Publisher<String> publisher) {
    List<String> items = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(1);
    Throwable[] error = new Throwable[1];
    publisher.subscribe(
        new Flow.Subscriber<>() {
          @Override
          public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
          }

          @Override
          public void onNext(String item) {
            items.add(item);
          }

          @Override
          public void onError(Throwable t) {
            error[0] = t;
            done.countDown();
          }

          @Override
          public void onComplete() {
            done.countDown();
          }
        });
    try {
      assertTrue(done.await(10, TimeUnit.SECONDS), "publisher did not finish");
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
    if (error[0] != null) {
      throw new AssertionError(error[0]);
    }
    return items;
  }
}
