package dev.promptfit.internal.endpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each endpoint writes its request body field by field with Jackson's generator; the oracle is
 * Jackson's databind writing the same body as an ordered map, leaving out what was not set: the
 * bytes must match for set and unset fields, awkward text and extra body values of every kind.
 */
class EndpointBodyTest {
  private static final ObjectMapper DATABIND = new ObjectMapper();

  /** A POJO extra value: goes through the lazily created mapper's bean serializer. */
  public record Metadata(String user, List<Integer> tags) {}

  /** One request's settings, from which both the request and the oracle are made. */
  record Case(
      String model,
      @Nullable String instructions,
      String text,
      boolean stream,
      boolean streamUsage,
      @Nullable Double temperature,
      @Nullable Double topP,
      @Nullable Integer maxTokens,
      @Nullable String effort,
      Map<String, Object> extra) {

    LlmRequest request() {
      return LlmRequest.builder(model)
          .instructions(instructions)
          .item(Message.user(text))
          .stream(stream)
          .streamUsage(streamUsage)
          .temperature(temperature)
          .topP(topP)
          .maxOutputTokens(maxTokens)
          .reasoningEffort(effort)
          .extraBody(extra)
          .build();
    }

    /** The Responses body as an ordered map: what was sent before the endpoint seam existed. */
    Map<String, Object> responses() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("model", model);
      putIfSet(body, "instructions", instructions);
      body.put("input", List.of(message("user", text)));
      putIfSet(body, "stream", stream ? Boolean.TRUE : null);
      putUnlessExtra(body, "temperature", temperature);
      putUnlessExtra(body, "top_p", topP);
      putUnlessExtra(body, "max_output_tokens", maxTokens);
      putUnlessExtra(body, "reasoning", effort == null ? null : Map.of("effort", effort));
      body.putAll(extra);
      return body;
    }

    Map<String, Object> chat() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("model", model);
      List<Object> messages = new ArrayList<>();
      if (instructions != null) {
        messages.add(message("system", instructions));
      }
      messages.add(message("user", text));
      body.put("messages", messages);
      putIfSet(body, "stream", stream ? Boolean.TRUE : null);
      putUnlessExtra(
          body, "stream_options", stream && streamUsage ? Map.of("include_usage", true) : null);
      putUnlessExtra(body, "temperature", temperature);
      putUnlessExtra(body, "top_p", topP);
      putUnlessExtra(body, "max_completion_tokens", maxTokens);
      putUnlessExtra(body, "reasoning_effort", effort);
      body.putAll(extra);
      return body;
    }

    private void putUnlessExtra(Map<String, Object> body, String name, @Nullable Object value) {
      if (!extra.containsKey(name)) {
        putIfSet(body, name, value);
      }
    }

    private static void putIfSet(Map<String, Object> body, String name, @Nullable Object value) {
      if (value != null) {
        body.put(name, value);
      }
    }

    private static Map<String, Object> message(String role, String content) {
      Map<String, Object> message = new LinkedHashMap<>();
      message.put("role", role);
      message.put("content", content);
      return message;
    }
  }

  private static Map<String, Object> extras(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  static Stream<Map<String, Object>> extraBodies() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("k", "v");
    nested.put("n", null);
    return Stream.of(
        Map.of(),
        extras("seed", 7),
        extras("seed", 7L, "ratio", 0.25f, "big", new BigDecimal("1.50"), "flag", false),
        extras("nothing", null, "metadata", nested, "list", Arrays.asList(1, "two", null, 3.5)),
        extras("user", new Metadata("ü \"q\" \u2028", List.of(1, 2))));
  }

  static Stream<String> texts() {
    return Stream.of(
        "", "plain", "tab\there \"quoted\" back\\slash\nnew line", "ünï 你好 😀 \u0000 \u001f \u2028");
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    extraBodies()
        .forEach(
            extra ->
                texts()
                    .forEach(
                        text -> {
                          cases.add(
                              new Case("gpt-5-mini", null, text, false, true, null, null, null, null, extra));
                          cases.add(new Case("m", text, text, true, true, 0.1, 1.0, 256, "low", extra));
                          cases.add(new Case("m", "i", text, false, true, 1e-7, 2.5e10, 0, null, extra));
                          cases.add(new Case("m", "sys", text, true, false, -0.0, 3.0, 1, null, extra));
                          cases.add(new Case("m", "sys", text, true, true, null, 0.9, null, "high", extra));
                        }));
    return cases;
  }

  private static String utf8(RequestBody body) throws Exception {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }

  /** UTF-8 bytes as databind writes them: characters beyond the BMP are not escaped. */
  private static String databind(Object body) throws Exception {
    return new String(DATABIND.writeValueAsBytes(body), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void responsesBodiesAreWhatDatabindWrites(Case c) throws Exception {
    RequestBody body = Endpoint.of(Api.RESPONSES).body(c.request());
    assertEquals(databind(c.responses()), utf8(body));
    assertEquals(JsonBody.JSON, body.contentType());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void chatBodiesAreWhatDatabindWrites(Case c) throws Exception {
    assertEquals(databind(c.chat()), utf8(Endpoint.of(Api.CHAT_COMPLETIONS).body(c.request())));
  }

  @ParameterizedTest
  @MethodSource("overridingExtras")
  void anExtraFieldReplacesTheFieldOfTheSameNameOnce(Api api, String field) throws Exception {
    Case c = new Case("m", "s", "t", true, true, 0.1, 0.9, 64, "high", extras(field, "extra"));
    String body = utf8(Endpoint.of(api).body(c.request()));
    String key = "\"" + field + "\":";
    assertEquals(body.indexOf(key), body.lastIndexOf(key), body);
    assertEquals("\"extra\"", DATABIND.readTree(body).get(field).toString(), body);
  }

  static Stream<Object[]> overridingExtras() {
    List<Object[]> cases = new ArrayList<>();
    for (String field : List.of("temperature", "top_p", "max_output_tokens", "reasoning")) {
      cases.add(new Object[] {Api.RESPONSES, field});
    }
    for (String field :
        List.of(
            "temperature", "top_p", "max_completion_tokens", "reasoning_effort", "stream_options")) {
      cases.add(new Object[] {Api.CHAT_COMPLETIONS, field});
    }
    return cases.stream();
  }
}
