package dev.promptfit.internal.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.Part;
import dev.promptfit.internal.request.Role;
import dev.promptfit.internal.request.TextPart;
import dev.promptfit.internal.stream.EventReader;
import dev.promptfit.internal.stream.ParsedReply;
import dev.promptfit.internal.stream.ReplyParser;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import okhttp3.RequestBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * Not API. {@code POST responses}: the conversation is the {@code input} list (always the list
 * form: some models behind proxies reject a bare string), the instructions are {@code
 * instructions}.
 */
final class ResponsesEndpoint implements Endpoint {
  static final ResponsesEndpoint INSTANCE = new ResponsesEndpoint();

  private ResponsesEndpoint() {}

  @Override
  public Api api() {
    return Api.RESPONSES;
  }

  @Override
  public String path() {
    return "responses";
  }

  @Override
  public RequestBody body(LlmRequest r) {
    Map<String, Object> extra = r.extraBody();
    return JsonBody.object(
        g -> {
          g.writeStringField("model", r.model());
          JsonBody.string(g, "instructions", r.instructions());
          g.writeArrayFieldStart("input");
          for (Item item : FormatWire.items(r)) {
            item(g, item);
          }
          g.writeEndArray();
          if (r.stream()) {
            g.writeBooleanField("stream", true);
          }
          ToolWire.responsesTools(g, r.tools(), extra);
          FormatWire.responses(g, r, extra);
          JsonBody.number(g, "temperature", JsonBody.unlessExtra(extra, "temperature", r.temperature()));
          JsonBody.number(g, "top_p", JsonBody.unlessExtra(extra, "top_p", r.topP()));
          JsonBody.number(
              g,
              "max_output_tokens",
              JsonBody.unlessExtra(extra, "max_output_tokens", r.maxOutputTokens()));
          if (r.reasoningEffort() != null && !extra.containsKey("reasoning")) {
            g.writeObjectFieldStart("reasoning");
            g.writeStringField("effort", r.reasoningEffort());
            g.writeEndObject();
          }
          ConversationWire.responsesState(g, r, extra);
        },
        extra);
  }

  private static void item(JsonGenerator g, Item item) throws IOException {
    if (ToolWire.responsesItem(g, item)) {
      return;
    }
    if (item instanceof Message m) {
      JsonBody.message(g, m, ResponsesEndpoint::part);
    } else {
      throw JsonBody.noWireForm(item);
    }
  }

  private static void part(JsonGenerator g, Message m, Part part) throws IOException {
    if (part instanceof TextPart t) {
      g.writeStartObject();
      g.writeStringField("type", m.role() == Role.ASSISTANT ? "output_text" : "input_text");
      g.writeStringField("text", t.text());
      g.writeEndObject();
    } else if (!ConversationWire.responsesPart(g, part)) {
      throw JsonBody.noWireForm(part);
    }
  }

  @Override
  public EventReader events(
      BufferedSource source,
      @Nullable String requestId,
      boolean keepText,
      boolean tools,
      Failures failures) {
    return EventReader.responses(source, requestId, keepText, tools, failures);
  }

  @Override
  public ParsedReply reply(
      InputStream body, @Nullable String requestId, boolean tools, Failures failures)
      throws IOException {
    return ReplyParser.responses(body, requestId, failures, tools);
  }

  @Override
  public @Nullable String notFoundHint(boolean chosenByClient) {
    return chosenByClient
        ? "servers without the Responses API (vLLM, Ollama, llama.cpp) need"
            + " Promptfit.builder().defaultApi(Api.CHAT_COMPLETIONS)"
        : "servers without the Responses API (vLLM, Ollama, llama.cpp) need"
            + " @Model(api = Api.CHAT_COMPLETIONS) or CallOptions.builder().api(Api.CHAT_COMPLETIONS)"
            + " for this method";
  }

  @Override
  public String toString() {
    return "Responses";
  }
}
