package dev.promptfit.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openai.client.OpenAIClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.NotFoundException;
import com.openai.errors.OpenAIIoException;
import com.openai.models.responses.Response;
import com.openai.models.responses.ResponseRetrieveParams;
import com.openai.models.responses.ResponseStatus;
import com.openai.models.responses.ResponseStreamEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Background responses through the official SDK's own calls: create, retrieve (poll), cancel and
 * retrieveStreaming with {@code starting_after} (resume); every answer validated.
 */
class SdkBackgroundTest {
  private final FakeLlmServer server = new FakeLlmServer();
  private final OpenAIClient client = Sdk.client(server);

  @AfterEach
  void close() {
    client.close();
    server.close();
  }

  @Test
  void pollsUntilCompleted() {
    server.enqueue(FakeResponse.textBuilder("Done.").backgroundPolls(2).build());
    Response created = client.responses().create(Sdk.responses("Work").background(true).build());
    assertEquals(ResponseStatus.QUEUED, created.status().orElseThrow());
    assertTrue(created.background().orElseThrow());
    String id = created.id();

    assertEquals(ResponseStatus.IN_PROGRESS, client.responses().retrieve(id).status().orElseThrow());
    assertEquals(ResponseStatus.IN_PROGRESS, client.responses().retrieve(id).status().orElseThrow());
    Response done = client.responses().retrieve(id);
    assertEquals(ResponseStatus.COMPLETED, done.status().orElseThrow());
    assertEquals("Done.", Texts.outputText(done));
    assertEquals(ResponseStatus.COMPLETED, client.responses().retrieve(id).status().orElseThrow());

    assertTrue(server.takeRequest().background());
    for (int i = 0; i < 4; i++) {
      RecordedLlmRequest poll = server.takeRequest();
      assertEquals("GET", poll.method());
      assertEquals(id, poll.responseId());
    }
  }

  @Test
  void cancelStopsTheResponse() {
    server.enqueue(FakeResponse.textBuilder("Never.").backgroundPolls(5).build());
    String id = client.responses().create(Sdk.responses("Work").background(true).build()).id();

    Response cancelled = client.responses().cancel(id);
    assertEquals(ResponseStatus.CANCELLED, cancelled.status().orElseThrow());
    assertEquals(ResponseStatus.CANCELLED, client.responses().cancel(id).status().orElseThrow());
    assertEquals(ResponseStatus.CANCELLED, client.responses().retrieve(id).status().orElseThrow());

    server.takeRequest();
    RecordedLlmRequest cancel = server.takeRequest();
    assertEquals("POST", cancel.method());
    assertEquals("/v1/responses/" + id + "/cancel", cancel.path());
  }

  @Test
  void scriptedEndsFailedOrIncomplete() {
    server.enqueue(FakeResponse.textBuilder("").responseError("server_error", "Boom").build());
    String failed = client.responses().create(Sdk.responses("x").background(true).build()).id();
    Response polled = client.responses().retrieve(failed);
    assertEquals(ResponseStatus.FAILED, polled.status().orElseThrow());
    assertEquals("Boom", polled.error().orElseThrow().message());

    server.enqueue(FakeResponse.textBuilder("Half").finishReason("length").build());
    String cut = client.responses().create(Sdk.responses("x").background(true).build()).id();
    assertEquals(ResponseStatus.INCOMPLETE, client.responses().retrieve(cut).status().orElseThrow());
  }

  @Test
  void droppedStreamResumesAfterTheLastSequenceNumber() {
    // created, queued, in_progress, item added, part added, "one", " two" | " three", ...
    server.enqueue(FakeResponse.textBuilder("one two three").afterEvent(7).cutConnection().build());
    List<ResponseStreamEvent> first = new ArrayList<>();
    assertThrows(
        OpenAIIoException.class,
        () -> {
          try (StreamResponse<ResponseStreamEvent> stream =
              client.responses().createStreaming(Sdk.responses("Count").background(true).build())) {
            stream.stream().forEach(event -> first.add(event.validate()));
          }
        });
    assertEquals(7, first.size());
    assertEquals(ResponseStatus.QUEUED, first.get(0).asCreated().response().status().orElseThrow());
    assertTrue(first.get(1).isQueued());
    String id = first.get(0).asCreated().response().id();

    List<ResponseStreamEvent> rest = new ArrayList<>();
    try (StreamResponse<ResponseStreamEvent> stream =
        client.responses().retrieveStreaming(id, ResponseRetrieveParams.builder().startingAfter(6).build())) {
      stream.stream().forEach(event -> rest.add(event.validate()));
    }
    assertEquals(7, Sdk.json(rest.get(0)).get("sequence_number").asInt());
    assertFalse(rest.stream().anyMatch(ResponseStreamEvent::isCreated));
    assertEquals(" three", rest.get(0).asOutputTextDelta().delta());
    assertTrue(rest.get(rest.size() - 1).isCompleted());
    assertEquals("one two three", Texts.outputText(rest.get(rest.size() - 1).asCompleted().response()));

    server.takeRequest();
    RecordedLlmRequest resume = server.takeRequest();
    assertEquals("GET", resume.method());
    assertEquals("true", resume.queryParameter("stream"));
    assertEquals("6", resume.queryParameter("starting_after"));
  }

  @Test
  void refusedResumeIsAnSdkError() {
    server.enqueue(
        FakeResponse.textBuilder("one two")
            .afterEvent(3)
            .cutConnection()
            .refuseResume(404, "Response not found")
            .build());
    List<ResponseStreamEvent> first = new ArrayList<>();
    assertThrows(
        OpenAIIoException.class,
        () -> {
          try (StreamResponse<ResponseStreamEvent> stream =
              client.responses().createStreaming(Sdk.responses("x").background(true).build())) {
            stream.stream().forEach(first::add);
          }
        });
    String id = first.get(0).asCreated().response().id();

    assertThrows(
        NotFoundException.class,
        () -> client.responses().retrieveStreaming(id, ResponseRetrieveParams.builder().startingAfter(2).build()).stream().count());
  }
}
