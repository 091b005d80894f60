package dev.promptfit.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.internal.json.ChatRequest;
import dev.promptfit.internal.json.ResponsesRequest;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link RequestJson} writes exactly the bytes Jackson's databind writes for the annotated request
 * classes (what Retrofit's Jackson converter, {@code writeValueAsBytes}, sent before), for set and
 * unset fields, awkward text and extra body values of every kind.
 */
class RequestJsonTest {
  private static final ObjectMapper DATABIND = new ObjectMapper();

  /** A POJO extra value: goes through the lazily created mapper's bean serializer. */
  public record Metadata(String user, List<Integer> tags) {}

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
    return Stream.of("", "plain", "tab\there \"quoted\" back\\slash\nnew line", "ünï 你好 😀 \u0000 \u001f \u2028");
  }

  static List<Object[]> responses() {
    List<Object[]> cases = new ArrayList<>();
    extraBodies().forEach(extra -> texts().forEach(text -> {
      cases.add(new Object[] {new ResponsesRequest("gpt-5-mini", null, text, null, null, null, null, null, extra)});
      cases.add(new Object[] {new ResponsesRequest("m", text, text, true, 0.1, 1.0, 256, "low", extra)});
      cases.add(new Object[] {new ResponsesRequest("m", "i", text, false, 1e-7, 2.5e10, 0, null, extra)});
    }));
    return cases;
  }

  static List<Object[]> chats() {
    List<Object[]> cases = new ArrayList<>();
    extraBodies().forEach(extra -> texts().forEach(text -> {
      cases.add(new Object[] {new ChatRequest("gpt-5-mini", null, text, null, true, null, null, null, null, extra)});
      cases.add(new Object[] {new ChatRequest("m", text, text, true, true, 0.1, 1.0, 64, "high", extra)});
      cases.add(new Object[] {new ChatRequest("m", "sys", text, true, false, -0.0, 3.0, 1, null, extra)});
      cases.add(new Object[] {new ChatRequest("m", "sys", text, false, true, null, 0.9, null, "low", extra)});
    }));
    return cases;
  }

  private static String utf8(RequestBody body) throws Exception {
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    return buffer.readUtf8();
  }

  /** UTF-8 bytes, as the converter wrote them: characters beyond the BMP are escaped there. */
  private static String jackson(Object request) throws Exception {
    return new String(DATABIND.writeValueAsBytes(request), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @MethodSource("responses")
  void responsesBodiesAreWhatJacksonWrote(ResponsesRequest request) throws Exception {
    RequestBody body = RequestJson.body(request);
    assertEquals(jackson(request), utf8(body));
    assertEquals(RequestJson.JSON, body.contentType());
  }

  @ParameterizedTest
  @MethodSource("chats")
  void chatBodiesAreWhatJacksonWrote(ChatRequest request) throws Exception {
    assertEquals(jackson(request), utf8(RequestJson.body(request)));
  }

  @ParameterizedTest
  @MethodSource("overridingExtras")
  void anExtraFieldReplacesTheFieldOfTheSameNameOnce(Object request, String field)
      throws Exception {
    String body =
        utf8(
            request instanceof ResponsesRequest r
                ? RequestJson.body(r)
                : RequestJson.body((ChatRequest) request));
    String key = "\"" + field + "\":";
    assertEquals(body.indexOf(key), body.lastIndexOf(key), body);
    assertEquals("\"extra\"", DATABIND.readTree(body).get(field).toString(), body);
  }

  static Stream<Object[]> overridingExtras() {
    List<Object[]> cases = new ArrayList<>();
    for (String field : List.of("temperature", "top_p", "max_output_tokens", "reasoning")) {
      cases.add(new Object[] {
        new ResponsesRequest("m", "i", "t", true, 0.1, 0.9, 256, "low", extras(field, "extra")), field
      });
    }
    for (String field :
        List.of("temperature", "top_p", "max_completion_tokens", "reasoning_effort", "stream_options")) {
      cases.add(new Object[] {
        new ChatRequest("m", "s", "t", true, true, 0.1, 0.9, 64, "high", extras(field, "extra")), field
      });
    }
    return cases.stream();
  }
}
