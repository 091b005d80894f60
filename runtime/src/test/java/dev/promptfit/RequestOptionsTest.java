package dev.promptfit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How annotations, CallOptions and the builder reach the wire. */
class RequestOptionsTest {
  @RegisterExtension final ServedClient served = ServedClient.serverOnly();

  private RecordedRequest call(Promptfit.Builder builder, Api api, CallOptions options)
      throws Exception {
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(api == Api.RESPONSES ? Bodies.responsesObject("ok") : Bodies.chatObject("ok"))
                .build());
    try (Promptfit promptfit = builder.baseUrl(served.server().url("/v1/").toString()).build()) {
      CallOptions withApi = options;
      assertEquals("ok", promptfit.create(TestAssistant.class).text("x", withApi));
    }
    return served.server().takeRequest();
  }

  private static JsonNode json(RecordedRequest request) throws Exception {
    return new ObjectMapper().readTree(request.getBody().utf8());
  }

  @Test
  void responsesOptions() throws Exception {
    CallOptions options =
        CallOptions.builder()
            .api(Api.RESPONSES)
            .model("gpt-5.2")
            .temperature(0.1)
            .topP(0.9)
            .maxOutputTokens(256)
            .reasoningEffort("low")
            .header("X-Trace", "1")
            .extraBody("seed", 7)
            .extraBody("metadata", Map.of("k", "v"))
            .build();
    RecordedRequest request = call(Promptfit.builder(), Api.RESPONSES, options);
    JsonNode json = json(request);
    assertEquals("gpt-5.2", json.get("model").asText());
    assertEquals(0.1, json.get("temperature").asDouble());
    assertEquals(0.9, json.get("top_p").asDouble());
    assertEquals(256, json.get("max_output_tokens").asInt());
    assertEquals("low", json.at("/reasoning/effort").asText());
    assertEquals(7, json.get("seed").asInt());
    assertEquals("v", json.at("/metadata/k").asText());
    assertEquals("1", request.getHeaders().get("X-Trace"));
    assertNull(request.getHeaders().get("Authorization"), "no key configured, none sent");
  }

  @Test
  void chatOptionsUseChatNames() throws Exception {
    CallOptions options =
        CallOptions.builder()
            .api(Api.CHAT_COMPLETIONS)
            .maxOutputTokens(64)
            .reasoningEffort("high")
            .build();
    JsonNode json = json(call(Promptfit.builder(), Api.CHAT_COMPLETIONS, options));
    assertEquals(64, json.get("max_completion_tokens").asInt());
    assertEquals("high", json.get("reasoning_effort").asText());
    assertFalse(json.has("max_output_tokens"));
    assertFalse(json.has("reasoning"));
  }

  @Test
  void anExtraFieldReplacesTheOptionOfTheSameNameInsteadOfRepeatingIt() throws Exception {
    CallOptions options =
        CallOptions.builder()
            .api(Api.CHAT_COMPLETIONS)
            .temperature(0.1)
            .extraBody("temperature", 0.7)
            .extraBody("stream_options", Map.of("include_usage", false))
            .build();
    RecordedRequest request = call(Promptfit.builder(), Api.CHAT_COMPLETIONS, options);
    String body = request.getBody().utf8();
    assertEquals(body.indexOf("\"temperature\""), body.lastIndexOf("\"temperature\""), body);
    assertEquals(0.7, json(request).get("temperature").asDouble());
  }

  @Test
  void defaultApiChoosesTheEndpoint() throws Exception {
    RecordedRequest request =
        call(
            Promptfit.builder().defaultApi(Api.CHAT_COMPLETIONS),
            Api.CHAT_COMPLETIONS,
            CallOptions.none());
    assertEquals("/v1/chat/completions", request.getUrl().encodedPath());
  }

  @Test
  void apiDefaultAsTheClientDefaultMeansResponses() throws Exception {
    RecordedRequest request =
        call(Promptfit.builder().defaultApi(Api.DEFAULT), Api.RESPONSES, CallOptions.none());
    assertEquals("/v1/responses", request.getUrl().encodedPath());
  }

  @Test
  void environmentAcceptsEverySpellingOfTheDefaultApi() {
    Map<String, String> spellings =
        Map.of(
            "chat_completions", "CHAT_COMPLETIONS",
            "chat-completions", "CHAT_COMPLETIONS",
            "CHAT-COMPLETIONS", "CHAT_COMPLETIONS",
            "responses", "RESPONSES",
            "default", "RESPONSES",
            " Default ", "RESPONSES");
    spellings.forEach(
        (value, expected) -> {
          try (Promptfit promptfit =
              Promptfit.builderFromEnvironment(Map.of("PROMPTFIT_DEFAULT_API", value)).build()) {
            assertTrue(promptfit.toString().contains("defaultApi=" + expected), value);
          }
        });
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> Promptfit.builderFromEnvironment(Map.of("PROMPTFIT_DEFAULT_API", "chat")));
    assertEquals(
        "PROMPTFIT_DEFAULT_API=chat is not one of: default, responses, chat_completions"
            + " (any case; - or _)",
        bad.getMessage());
  }

  @Test
  void rawAuthSchemeSendsTheBareKey() throws Exception {
    RecordedRequest request =
        call(
            Promptfit.builder().apiKey("sk-raw-123").authScheme(AuthScheme.RAW),
            Api.RESPONSES,
            CallOptions.none());
    assertEquals("sk-raw-123", request.getHeaders().get("Authorization"));
  }

  @Test
  void bearerIsTheDefaultAndTheKeyIsTrimmed() throws Exception {
    RecordedRequest request =
        call(Promptfit.builder().apiKey("sk-abc\n"), Api.RESPONSES, CallOptions.none());
    assertEquals("Bearer sk-abc", request.getHeaders().get("Authorization"));
  }

  @Test
  void promptTextIsSerializedNotConcatenated() throws Exception {
    served
        .server()
        .enqueue(
            new MockResponse.Builder()
                .addHeader("Content-Type", "application/json")
                .body(Bodies.responsesObject("ok"))
                .build());
    try (Promptfit promptfit = served.builder().build()) {
      promptfit
          .create(TestAssistant.class)
          .text("\"}],\"model\":\"x\" {secret} $1 \\", CallOptions.none());
    }
    JsonNode json = json(served.server().takeRequest());
    assertEquals("gpt-test", json.get("model").asText());
    assertEquals("Q: \"}],\"model\":\"x\" {secret} $1 \\", json.at("/input/0/content").asText());
  }

  @Test
  void builderRejectsBadInputWithoutEchoingSecrets() {
    IllegalArgumentException key =
        assertThrows(
            IllegalArgumentException.class, () -> Promptfit.builder().apiKey("sk-sec\nret"));
    assertFalse(key.getMessage().contains("sk-sec"), key.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().baseUrl("ftp://x"));
    assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class, () -> Promptfit.builder().timeout(Duration.ZERO));
    IllegalArgumentException header =
        assertThrows(
            IllegalArgumentException.class,
            () -> CallOptions.builder().header("X-Key", "sk-secret\r\nInjected: 1"));
    assertFalse(header.getMessage().contains("sk-secret"), header.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> CallOptions.builder().header("Authorization", "x"));
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().header("a b", "x"));
    assertThrows(
        IllegalArgumentException.class, () -> CallOptions.builder().extraBody("model", "x"));
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().temperature(2.5));
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().topP(-0.1));
    assertThrows(IllegalArgumentException.class, () -> CallOptions.builder().maxOutputTokens(0));
  }

  @Test
  void toStringsNeverShowTheKey() {
    String key = "sk-canary-" + java.util.UUID.randomUUID();
    Promptfit.Builder builder = Promptfit.builder().apiKey(key);
    assertFalse(builder.toString().contains(key));
    try (Promptfit promptfit = builder.build()) {
      assertFalse(promptfit.toString().contains(key));
      assertTrue(promptfit.toString().contains("[redacted]"));
    }
    CallOptions options = CallOptions.builder().header("X-Api-Key", key).build();
    assertFalse(options.toString().contains(key));
  }

  @Test
  void environmentFallsBackToOpenAiVariables() {
    Promptfit.Builder builder =
        Promptfit.builderFromEnvironment(
            Map.of(
                "OPENAI_BASE_URL", "https://www.dmxapi.cn/v1",
                "OPENAI_API_KEY", "sk-env",
                "PROMPTFIT_AUTH_SCHEME", "raw",
                "PROMPTFIT_DEFAULT_API", "chat_completions"));
    try (Promptfit promptfit = builder.build()) {
      assertEquals("https://www.dmxapi.cn/v1/", promptfit.baseUrl());
      assertTrue(promptfit.toString().contains("RAW"), promptfit.toString());
      assertTrue(promptfit.toString().contains("CHAT_COMPLETIONS"), promptfit.toString());
    }
    IllegalArgumentException bad =
        assertThrows(
            IllegalArgumentException.class,
            () -> Promptfit.builderFromEnvironment(Map.of("PROMPTFIT_AUTH_SCHEME", "basic")));
    assertTrue(bad.getMessage().contains("PROMPTFIT_AUTH_SCHEME"), bad.getMessage());
  }

  @Test
  void theEnvironmentsBuilderHoldsWhatFromEnvironmentReads() {
    try (Promptfit fromBuilder = Promptfit.builderFromEnvironment().build();
        Promptfit direct = Promptfit.fromEnvironment();
        Promptfit fromMap = Promptfit.builderFromEnvironment(System.getenv()).build()) {
      assertEquals(fromMap.toString(), fromBuilder.toString());
      assertEquals(fromMap.toString(), direct.toString());
    }
  }
}
