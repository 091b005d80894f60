package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.TypedAssistant.Meeting;
import dev.promptfit.TypedAssistant.Person;
import dev.promptfit.annotation.Api;
import java.util.List;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link StructuredOutput#AUTO} against servers that refuse response formats the way llama.cpp,
 * older vLLM, LM Studio and OpenAI's older models do: each refused request is sent again in the
 * next mode ({@code json_schema}, then {@code json_object} with the schema in the input, then the
 * schema in the input alone), and the mode that worked is remembered for the client's base URL and
 * the model.
 */
class StructuredOutputFallbackTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MEETING = TypedAnswersOverHttpTest.MEETING_JSON;
  private static final String SCHEMA_NOTE =
      "Answer in json: one JSON object and no other text, following this JSON schema:\n";

  @RegisterExtension final ServedClient served = ServedClient.serverOnly();

  private TypedAssistant client(CompatibleServer server, StructuredOutput mode) {
    served.server().setDispatcher(server);
    // maxRetries(0): llama.cpp's 500 would otherwise be retried before the fallback.
    served.client(b -> b.maxRetries(0).structuredOutput(mode));
    return served.promptfit().create(TypedAssistant.class);
  }

  private static CallOptions chat() {
    return CallOptions.builder().api(Api.CHAT_COMPLETIONS).build();
  }

  @Test
  void llamaCppWithoutJsonSchemaGetsJsonObjectAndTheSchemaInTheInput() throws Exception {
    CompatibleServer llamaCpp =
        new CompatibleServer(MEETING)
            .refusing("json_schema", CompatibleServer.LLAMA_CPP_JSON_SCHEMA);
    TypedAssistant assistant = client(llamaCpp, StructuredOutput.AUTO);

    assertEquals(TypedAnswersOverHttpTest.MEETING, assistant.meeting("notes", chat()));

    assertEquals(List.of("json_schema", "json_object"), llamaCpp.formats());
    JsonNode refused = body(served.server().takeRequest());
    assertEquals("From: notes", lastUserText(refused));
    JsonNode fallback = body(served.server().takeRequest());
    assertEquals("json_object", fallback.path("response_format").path("type").asText());
    assertFalse(fallback.path("response_format").has("json_schema"));
    assertEquals(
        "From: notes\n\n" + SCHEMA_NOTE + Promptfit_TypedAssistant.MEETING, lastUserText(fallback));
    assertEquals("Extract.", fallback.path("messages").get(0).path("content").asText());

    // Remembered: the next call of the model starts in json_object mode.
    assertEquals(TypedAnswersOverHttpTest.MEETING, assistant.meeting("notes", chat()));
    assertEquals(List.of("json_schema", "json_object", "json_object"), llamaCpp.formats());
  }

  @Test
  void olderVllmFallsBackAndTheModeIsRememberedPerModelAndClient() {
    CompatibleServer vllm =
        new CompatibleServer(MEETING)
            .refusing("json_schema", CompatibleServer.OLDER_VLLM_JSON_SCHEMA);
    TypedAssistant assistant = client(vllm, StructuredOutput.AUTO);

    assistant.meeting("q", chat());
    assistant.meeting("q", chat());
    assertEquals(List.of("json_schema", "json_object", "json_object"), vllm.formats());

    // Another model of the same server is found out on its own.
    assistant.meeting("q", CallOptions.builder().api(Api.CHAT_COMPLETIONS).model("other").build());
    assertEquals(
        List.of("json_schema", "json_object", "json_object", "json_schema", "json_object"),
        vllm.formats());

    // A new client knows nothing yet.
    TypedAssistant fresh = client(vllm, StructuredOutput.AUTO);
    fresh.meeting("q", chat());
    assertEquals(7, vllm.formats().size());
    assertEquals(List.of("json_schema", "json_object"), vllm.formats().subList(5, 7));
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void aServerRefusingBothFormatsGetsTheSchemaInTheInputAlone(Api api) throws Exception {
    CompatibleServer server =
        new CompatibleServer(MEETING)
            .refusing("json_schema", CompatibleServer.OLDER_VLLM_JSON_SCHEMA)
            .refusing("json_object", CompatibleServer.LM_STUDIO_JSON_OBJECT);
    TypedAssistant assistant = client(server, StructuredOutput.AUTO);
    CallOptions o = CallOptions.builder().api(api).build();

    Result<Meeting> result = assistant.meetingResult("notes", o);

    assertEquals(TypedAnswersOverHttpTest.MEETING, result.value());
    assertTrue(result.reply().text().startsWith("Sure! Here is the JSON"), "the raw answer");
    assertEquals(List.of("json_schema", "json_object", "none"), server.formats());
    served.server().takeRequest();
    served.server().takeRequest();
    JsonNode last = body(served.server().takeRequest());
    assertFalse(last.has("response_format") || last.has("text"), last.toString());
    assertEquals(
        "From: notes\n\n" + SCHEMA_NOTE + Promptfit_TypedAssistant.MEETING, lastUserText(last));

    assistant.meeting("notes", o);
    assertEquals(List.of("json_schema", "json_object", "none", "none"), server.formats());
  }

  @Test
  void openAisOlderModelsRefuseBothAsWell() {
    CompatibleServer openAi =
        new CompatibleServer(MEETING)
            .refusing("json_schema", CompatibleServer.OPENAI_OLD_MODEL_JSON_SCHEMA)
            .refusing("json_object", CompatibleServer.OPENAI_OLD_MODEL_JSON_OBJECT);
    TypedAssistant assistant = client(openAi, StructuredOutput.AUTO);

    assertEquals(TypedAnswersOverHttpTest.MEETING, assistant.meeting("q", chat()));
    assertEquals(List.of("json_schema", "json_object", "none"), openAi.formats());
  }

  @ParameterizedTest
  @EnumSource(
      value = Api.class,
      names = {"RESPONSES", "CHAT_COMPLETIONS"})
  void streamedElementsFallBackToo(Api api) throws Exception {
    CompatibleServer server =
        new CompatibleServer(TypedAnswersOverHttpTest.PEOPLE_JSON.replace("🎉", "!"))
            .refusing("json_schema", CompatibleServer.LLAMA_CPP_JSON_SCHEMA);
    TypedAssistant assistant = client(server, StructuredOutput.AUTO);

    try (Stream<Person> people = assistant.people("q", CallOptions.builder().api(api).build())) {
      assertEquals(3, people.toList().size());
    }
    assertEquals(List.of("json_schema", "json_object"), server.formats());
    served.server().takeRequest();
    assertTrue(body(served.server().takeRequest()).path("stream").asBoolean());
  }

  @Test
  void aForcedModeNeverFallsBack() {
    CompatibleServer llamaCpp =
        new CompatibleServer(MEETING)
            .refusing("json_schema", CompatibleServer.LLAMA_CPP_JSON_SCHEMA);
    TypedAssistant strict = client(llamaCpp, StructuredOutput.JSON_SCHEMA);
    ServerException e = assertThrows(ServerException.class, () -> strict.meeting("q", chat()));
    assertTrue(e.getMessage().contains("but got: json_schema"), e.getMessage());
    assertEquals(List.of("json_schema"), llamaCpp.formats());

    CompatibleServer lmStudio =
        new CompatibleServer(MEETING)
            .refusing("json_object", CompatibleServer.LM_STUDIO_JSON_OBJECT);
    TypedAssistant jsonObject = client(lmStudio, StructuredOutput.JSON_OBJECT);
    BadRequestException refused =
        assertThrows(BadRequestException.class, () -> jsonObject.meeting("q", chat()));
    assertTrue(
        refused
            .getMessage()
            .startsWith("TypedAssistant.meeting: 'response_format.type' must be 'json_schema'"),
        refused.getMessage());
    assertEquals(List.of("json_object"), lmStudio.formats());
  }

  @Test
  void instructionsModeSendsNoFormat() throws Exception {
    CompatibleServer server = new CompatibleServer(MEETING);
    TypedAssistant assistant = client(server, StructuredOutput.INSTRUCTIONS);

    assertEquals(TypedAnswersOverHttpTest.MEETING, assistant.meeting("notes", chat()));

    assertEquals(List.of("none"), server.formats());
    assertTrue(lastUserText(body(served.server().takeRequest())).contains(SCHEMA_NOTE));
  }

  @Test
  void anInvalidSchemaIsNotAMissingFormat() {
    CompatibleServer openAi =
        new CompatibleServer(MEETING)
            .refusing(
                "json_schema",
                new CompatibleServer.Refusal(
                    400,
                    Bodies.error(
                        "Invalid schema for response_format 'TypedAssistant_meeting': In"
                            + " context=(), 'required' is required to be supplied and to be an"
                            + " array including every key in properties. Missing 'notes'.",
                        "invalid_request_error",
                        "invalid_json_schema")));
    TypedAssistant assistant = client(openAi, StructuredOutput.AUTO);

    assertThrows(BadRequestException.class, () -> assistant.meeting("q", chat()));
    assertEquals(List.of("json_schema"), openAi.formats());
  }

  private static JsonNode body(RecordedRequest request) throws Exception {
    return JSON.readTree(request.getBody().utf8());
  }

  /** The text of the last user message (Chat {@code messages}, Responses {@code input}). */
  private static String lastUserText(JsonNode body) {
    JsonNode items = body.has("messages") ? body.path("messages") : body.path("input");
    String text = null;
    for (JsonNode item : items) {
      if (item.path("role").asText().equals("user")) {
        text = item.path("content").asText();
      }
    }
    return text;
  }
}
