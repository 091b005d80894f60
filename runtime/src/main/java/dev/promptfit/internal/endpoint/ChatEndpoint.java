package dev.promptfit.internal.endpoint;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptfit.annotation.Api;
import dev.promptfit.internal.Failures;
import dev.promptfit.internal.request.Item;
import dev.promptfit.internal.request.LlmRequest;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.Part;
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
 * Not API. {@code POST chat/completions}: the instructions are a leading {@code system} message,
 * the conversation the {@code messages} after it; {@code max_completion_tokens} and {@code
 * reasoning_effort} are Chat's names for the options.
 */
final class ChatEndpoint implements Endpoint {
  static final ChatEndpoint INSTANCE = new ChatEndpoint();

  private ChatEndpoint() {}

  @Override
  public Api api() {
    return Api.CHAT_COMPLETIONS;
  }

  @Override
  public String path() {
    return "chat/completions";
  }

  @Override
  public RequestBody body(LlmRequest r) {
    Map<String, Object> extra = r.extraBody();
    return JsonBody.object(
        g -> {
          g.writeStringField("model", r.model());
          g.writeArrayFieldStart("messages");
          if (r.instructions() != null) {
            g.writeStartObject();
            g.writeStringField("role", "system");
            g.writeStringField("content", r.instructions());
            g.writeEndObject();
          }
          for (Item item : FormatWire.items(r)) {
            item(g, item);
          }
          g.writeEndArray();
          ToolWire.chatTools(g, r.tools(), extra);
          FormatWire.chat(g, r, extra);
          if (r.stream()) {
            g.writeBooleanField("stream", true);
            if (r.streamUsage() && !extra.containsKey("stream_options")) {
              g.writeObjectFieldStart("stream_options");
              g.writeBooleanField("include_usage", true);
              g.writeEndObject();
            }
          }
          JsonBody.number(g, "temperature", JsonBody.unlessExtra(extra, "temperature", r.temperature()));
          JsonBody.number(g, "top_p", JsonBody.unlessExtra(extra, "top_p", r.topP()));
          JsonBody.number(
              g,
              "max_completion_tokens",
              JsonBody.unlessExtra(extra, "max_completion_tokens", r.maxOutputTokens()));
          JsonBody.string(
              g,
              "reasoning_effort",
              JsonBody.unlessExtra(extra, "reasoning_effort", r.reasoningEffort()));
        },
        extra);
  }

  private static void item(JsonGenerator g, Item item) throws IOException {
    if (ToolWire.chatItem(g, item)) {
      return;
    }
    if (item instanceof Message m) {
      JsonBody.message(g, m, ChatEndpoint::part);
    } else {
      throw JsonBody.noWireForm(item);
    }
  }

  private static void part(JsonGenerator g, Message m, Part part) throws IOException {
    if (part instanceof TextPart t) {
      g.writeStartObject();
      g.writeStringField("type", "text");
      g.writeStringField("text", t.text());
      g.writeEndObject();
    } else if (!ConversationWire.chatPart(g, part)) {
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
    return EventReader.chat(source, requestId, keepText, tools, failures);
  }

  @Override
  public ParsedReply reply(
      InputStream body, @Nullable String requestId, boolean tools, Failures failures)
      throws IOException {
    return ReplyParser.chat(body, requestId, failures, tools);
  }

  @Override
  public @Nullable String notFoundHint(boolean chosenByClient) {
    return null;
  }

  @Override
  public String toString() {
    return "Chat Completions";
  }
}
