package dev.promptfit.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptfit.annotation.Api;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a raw HTTP request into a {@link RecordedLlmRequest}: endpoint, prompt, options and the
 * details (conversation items, tools, response format, state fields).
 */
final class RequestParser {
  static final String RESPONSES_PATH = FakeLlmServer.BASE_PATH + "responses";
  static final String CHAT_PATH = FakeLlmServer.BASE_PATH + "chat/completions";

  private static final Set<String> RESPONSES_PROMPT_FIELDS =
      Set.of("model", "stream", "input", "instructions");
  private static final Set<String> CHAT_PROMPT_FIELDS = Set.of("model", "stream", "messages");
  private static final Set<String> INSTRUCTION_ROLES = Set.of("system", "developer");

  private RequestParser() {}

  /** {@code /v1/responses/{id}} and {@code /v1/responses/{id}/cancel}. */
  private static final Pattern STORED_RESPONSE =
      Pattern.compile(Pattern.quote(RESPONSES_PATH) + "/([^/]+)(/cancel)?");

  /** The endpoint a path names, or null for any other path. */
  static @Nullable Api apiOf(String path) {
    if (path.equals(RESPONSES_PATH) || STORED_RESPONSE.matcher(path).matches()) {
      return Api.RESPONSES;
    }
    if (path.equals(CHAT_PATH)) {
      return Api.CHAT_COMPLETIONS;
    }
    return null;
  }

  /** The id in a stored-response path ({@code /v1/responses/{id}[/cancel]}), or null. */
  static @Nullable String storedResponseId(String path) {
    Matcher matcher = STORED_RESPONSE.matcher(path);
    return matcher.matches() ? matcher.group(1) : null;
  }

  /** Whether the path is {@code /v1/responses/{id}/cancel}. */
  static boolean isCancel(String path) {
    Matcher matcher = STORED_RESPONSE.matcher(path);
    return matcher.matches() && matcher.group(2) != null;
  }

  static RecordedLlmRequest parse(
      String method,
      String path,
      @Nullable String query,
      Map<String, List<String>> rawHeaders,
      byte[] rawBody) {
    Api api = apiOf(path);
    Map<String, List<String>> headers = headers(rawHeaders);
    String body = new String(rawBody, StandardCharsets.UTF_8);
    JsonNode json = Json.parse(body);
    if (json == null || !json.isObject()) {
      return new RecordedLlmRequest(
          method, path, query, api, null, null, null, false, Map.of(), headers, body, false,
          RequestDetails.NONE);
    }
    String input;
    String instructions;
    Set<String> promptFields;
    if (api == Api.CHAT_COMPLETIONS) {
      JsonNode messages = json.path("messages");
      input = lastUserText(messages, "text");
      instructions = instructionText(messages, "text");
      promptFields = CHAT_PROMPT_FIELDS;
    } else {
      JsonNode rawInput = json.path("input");
      input = rawInput.isTextual() ? rawInput.asText() : lastUserText(rawInput, "input_text");
      String explicit = Json.text(json, "instructions");
      instructions = explicit != null ? explicit : instructionText(rawInput, "input_text");
      promptFields = RESPONSES_PROMPT_FIELDS;
    }
    return new RecordedLlmRequest(
        method,
        path,
        query,
        api,
        Json.text(json, "model"),
        input,
        instructions,
        json.path("stream").isBoolean() && json.path("stream").booleanValue(),
        options(json, promptFields),
        headers,
        body,
        true,
        details(json, api == Api.CHAT_COMPLETIONS));
  }

  private static RequestDetails details(JsonNode json, boolean chat) {
    List<String> include = new ArrayList<>();
    for (JsonNode value : json.path("include")) {
      if (value.isTextual()) {
        include.add(value.asText());
      }
    }
    JsonNode store = json.path("store");
    return new RequestDetails(
        chat ? ItemParser.chatItems(json.path("messages")) : ItemParser.responsesItems(json.path("input")),
        OfferParser.tools(json.path("tools"), chat),
        OfferParser.responseFormat(json, chat),
        Json.text(json, "previous_response_id"),
        json.path("background").isBoolean() && json.path("background").booleanValue(),
        store.isBoolean() ? store.booleanValue() : null,
        include);
  }

  private static Map<String, @Nullable Object> options(JsonNode json, Set<String> promptFields) {
    Map<String, @Nullable Object> options = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      if (!promptFields.contains(field.getKey())) {
        options.put(field.getKey(), Json.toJava(field.getValue()));
      }
    }
    return Collections.unmodifiableMap(options);
  }

  private static @Nullable String lastUserText(JsonNode messages, String partType) {
    if (!messages.isArray()) {
      return null;
    }
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode message = messages.get(i);
      if ("user".equals(Json.text(message, "role"))) {
        return contentText(message.path("content"), partType);
      }
    }
    return null;
  }

  private static @Nullable String instructionText(JsonNode messages, String partType) {
    if (!messages.isArray()) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode message : messages) {
      // Tool items (function_call, function_call_output) have no role.
      String role = Json.text(message, "role");
      if (role != null && INSTRUCTION_ROLES.contains(role)) {
        String text = contentText(message.path("content"), partType);
        if (text != null) {
          texts.add(text);
        }
      }
    }
    return texts.isEmpty() ? null : String.join("\n", texts);
  }

  /** A message's {@code content}: a string, or a list of parts whose texts are joined. */
  private static @Nullable String contentText(JsonNode content, String partType) {
    if (content.isTextual()) {
      return content.asText();
    }
    if (!content.isArray()) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode part : content) {
      String text = Json.text(part, "text");
      // A part without a type is read too: lenient clients send {"text": ...} alone.
      String type = Json.text(part, "type");
      if (text != null && (type == null || type.equals(partType))) {
        texts.add(text);
      }
    }
    return texts.isEmpty() ? null : String.join("\n", texts);
  }

  private static Map<String, List<String>> headers(Map<String, List<String>> raw) {
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    raw.forEach(
        (name, values) ->
            headers
                .computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>())
                .addAll(values));
    headers.replaceAll((name, values) -> List.copyOf(values));
    return Collections.unmodifiableMap(headers);
  }
}
