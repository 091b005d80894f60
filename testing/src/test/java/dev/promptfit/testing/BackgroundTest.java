package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Background responses on the wire: polls, cancels, resumes and their failures. */
class BackgroundTest {
  private static final String BACKGROUND =
      "{\"model\":\"m\",\"input\":\"x\",\"background\":true,\"store\":true}";
  private static final String BACKGROUND_STREAM =
      "{\"model\":\"m\",\"input\":\"x\",\"background\":true,\"store\":true,\"stream\":true}";

  private final FakeLlmServer server = new FakeLlmServer();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void createdQueuedThenPolledToTheScriptedEnd() {
    server.enqueue(FakeResponse.textBuilder("Done.").backgroundPolls(1).build());
    JsonNode created = Http.json(Http.post(server, "responses", BACKGROUND).body());
    assertEquals("queued", created.get("status").asText());
    assertTrue(created.get("background").asBoolean());
    assertTrue(created.get("output").isEmpty());
    String id = created.get("id").asText();

    JsonNode first = Http.json(get("responses/" + id).body());
    assertEquals("in_progress", first.get("status").asText());
    JsonNode second = Http.json(get("responses/" + id).body());
    assertEquals("completed", second.get("status").asText());
    assertEquals("Done.", WireShapesTest.outputText(second));
  }

  @Test
  void unfinishedForeverWhenScriptedSo() {
    server.enqueue(FakeResponse.textBuilder("").responseStatus("in_progress").build());
    String id = Http.json(Http.post(server, "responses", BACKGROUND).body()).get("id").asText();
    for (int i = 0; i < 3; i++) {
      assertEquals("in_progress", Http.json(get("responses/" + id).body()).get("status").asText());
    }
    assertEquals("cancelled", Http.json(post("responses/" + id + "/cancel").body()).get("status").asText());
  }

  @Test
  void cancellingAFinishedResponseIsRefused() {
    String id = Http.json(Http.post(server, "responses", BACKGROUND).body()).get("id").asText();
    assertEquals("completed", Http.json(get("responses/" + id).body()).get("status").asText());

    HttpResponse<String> cancel = post("responses/" + id + "/cancel");
    assertEquals(400, cancel.statusCode());
    assertEquals("Cannot cancel a completed response.", Http.json(cancel.body()).get("error").get("message").asText());
  }

  @Test
  void unknownIdsWrongMethodsAndBadCursorsAreRefused() {
    assertEquals(404, get("responses/resp_nope").statusCode());
    assertEquals(
        "Response with id 'resp_nope' not found.",
        Http.json(get("responses/resp_nope").body()).get("error").get("message").asText());
    assertEquals(405, post("responses/resp_nope").statusCode());
    assertEquals(405, get("responses/resp_nope/cancel").statusCode());

    String id = Http.json(Http.post(server, "responses", BACKGROUND).body()).get("id").asText();
    HttpResponse<String> notStreamed = get("responses/" + id + "?stream=true&starting_after=2");
    assertEquals(400, notStreamed.statusCode());
    assertTrue(notStreamed.body().contains("was not created with stream: true"), notStreamed.body());

    String streamed = Http.json(firstData(Http.post(server, "responses", BACKGROUND_STREAM).body())).get("response").get("id").asText();
    assertEquals(400, get("responses/" + streamed + "?stream=true&starting_after=two").statusCode());
  }

  @Test
  void resumesCanBeCutAndRefusedInScriptedOrder() {
    server.enqueue(
        FakeResponse.textBuilder("one two three")
            .afterEvent(6)
            .cutConnection()
            .cutResume(2)
            .refuseResume(500, "Resume failed")
            .build());
    assertThrows(UncheckedIOException.class, () -> Http.post(server, "responses", BACKGROUND_STREAM));
    assertTrue(server.takeRequest().background());
    String id = "resp_00000001"; // the first request's id

    // The first resume sends two events after the cursor, then drops.
    assertThrows(UncheckedIOException.class, () -> get("responses/" + id + "?stream=true&starting_after=5"));
    assertEquals(500, get("responses/" + id + "?stream=true&starting_after=7").statusCode());
    List<Sse.Event> rest = Sse.parse(get("responses/" + id + "?stream=true&starting_after=7").body());
    assertEquals(8, rest.get(0).json().get("sequence_number").asInt());
    assertEquals("response.completed", rest.get(rest.size() - 1).name());

    for (String expected : List.of("5", "7", "7")) {
      assertEquals(expected, server.takeRequest().queryParameter("starting_after"));
    }
  }

  @Test
  void streamedBackgroundNumbersEveryEventAndStoresItUnderItsScriptedId() {
    server.enqueue(FakeResponse.textBuilder("Hi there").responseId("resp_bg").build());
    List<Sse.Event> events = Sse.parse(Http.post(server, "responses", BACKGROUND_STREAM).body());
    for (int i = 0; i < events.size(); i++) {
      assertEquals(i, events.get(i).json().get("sequence_number").asInt());
    }
    assertEquals("queued", events.get(0).json().get("response").get("status").asText());
    assertEquals("response.queued", events.get(1).name());

    JsonNode polled = Http.json(get("responses/resp_bg").body());
    assertEquals("completed", polled.get("status").asText(), "the stream ran to its end");
    assertEquals(events.size(), Sse.parse(get("responses/resp_bg?stream=true").body()).size());
  }

  @Test
  void streamErrorInABackgroundStreamContinuesTheNumbering() {
    server.enqueue(FakeResponse.textBuilder("Hello world").streamError("server_error", null, "Boom").build());
    List<Sse.Event> events = Sse.parse(Http.post(server, "responses", BACKGROUND_STREAM).body());
    // created, queued, in_progress, item added, part added, "Hello", then error and failed
    assertEquals("error", events.get(6).name());
    assertEquals(6, events.get(6).json().get("sequence_number").asInt());
    assertEquals(7, events.get(7).json().get("sequence_number").asInt());
  }

  private static String firstData(String sse) {
    return Sse.parse(sse).get(0).data();
  }

  private HttpResponse<String> get(String path) {
    return Http.send(Http.request(server, path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path) {
    return Http.send(
        Http.request(server, path).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
