package dev.promptfit.internal.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.internal.json.ChatRequest;
import dev.promptfit.internal.json.ResponsesRequest;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Not API. Writes the two request bodies with Jackson's streaming generator, field by field: the
 * same bytes Jackson's databind writes for the annotated {@link ResponsesRequest} and {@link
 * ChatRequest} (property order, nulls left out, extra fields last), without its bean introspection.
 * That introspection (annotation scanning, reflection and a few hundred classes) was the largest
 * cost a first call paid on top of a hand-written client; here only a call whose {@code
 * extraBody} is not empty creates an {@code ObjectMapper}, for those values alone.
 */
public final class RequestJson extends Converter.Factory {
  /** What Retrofit's Jackson converter declared, kept so the wire does not change. */
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private static final JsonFactory FACTORY = new JsonFactory();

  @Override
  public @Nullable Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    if (type == ResponsesRequest.class) {
      return (ResponsesRequest request) -> body(request);
    }
    if (type == ChatRequest.class) {
      return (ChatRequest request) -> body(request);
    }
    return null;
  }

  /** The JSON of a Responses request. */
  static RequestBody body(ResponsesRequest r) throws IOException {
    Buffer out = new Buffer();
    try (JsonGenerator g = FACTORY.createGenerator(out.outputStream())) {
      g.writeStartObject();
      g.writeStringField("model", r.model);
      stringField(g, "instructions", r.instructions);
      g.writeArrayFieldStart("input");
      for (ResponsesRequest.InputMessage message : r.input) {
        message(g, message.role(), message.content());
      }
      g.writeEndArray();
      booleanField(g, "stream", r.stream);
      Map<String, Object> extra = r.extraBody();
      numberField(g, "temperature", unlessExtra(extra, "temperature", r.temperature));
      numberField(g, "top_p", unlessExtra(extra, "top_p", r.topP));
      numberField(g, "max_output_tokens", unlessExtra(extra, "max_output_tokens", r.maxOutputTokens));
      if (r.reasoning != null && !extra.containsKey("reasoning")) {
        g.writeObjectFieldStart("reasoning");
        g.writeStringField("effort", r.reasoning.effort());
        g.writeEndObject();
      }
      extra(g, extra);
      g.writeEndObject();
    }
    return RequestBody.create(out.readByteString(), JSON);
  }

  /** The JSON of a Chat Completions request. */
  static RequestBody body(ChatRequest r) throws IOException {
    Buffer out = new Buffer();
    try (JsonGenerator g = FACTORY.createGenerator(out.outputStream())) {
      g.writeStartObject();
      g.writeStringField("model", r.model);
      g.writeArrayFieldStart("messages");
      for (ChatRequest.Message message : r.messages) {
        message(g, message.role(), message.content());
      }
      g.writeEndArray();
      booleanField(g, "stream", r.stream);
      Map<String, Object> extra = r.extraBody();
      if (r.streamOptions != null && !extra.containsKey("stream_options")) {
        g.writeObjectFieldStart("stream_options");
        g.writeBooleanField("include_usage", r.streamOptions.includeUsage());
        g.writeEndObject();
      }
      numberField(g, "temperature", unlessExtra(extra, "temperature", r.temperature));
      numberField(g, "top_p", unlessExtra(extra, "top_p", r.topP));
      numberField(
          g, "max_completion_tokens", unlessExtra(extra, "max_completion_tokens", r.maxCompletionTokens));
      stringField(g, "reasoning_effort", unlessExtra(extra, "reasoning_effort", r.reasoningEffort));
      extra(g, extra);
      g.writeEndObject();
    }
    return RequestBody.create(out.readByteString(), JSON);
  }

  /**
   * {@code value}, unless {@code extraBody} sets the same field: then the extra value is the one
   * sent, once. A JSON object with a key twice is read differently by different servers.
   */
  private static <T> @Nullable T unlessExtra(Map<String, Object> extra, String name, @Nullable T value) {
    return extra.containsKey(name) ? null : value;
  }

  private static void message(JsonGenerator g, String role, String content) throws IOException {
    g.writeStartObject();
    g.writeStringField("role", role);
    g.writeStringField("content", content);
    g.writeEndObject();
  }

  private static void stringField(JsonGenerator g, String name, @Nullable String value)
      throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void booleanField(JsonGenerator g, String name, @Nullable Boolean value)
      throws IOException {
    if (value != null) {
      g.writeBooleanField(name, value);
    }
  }

  private static void numberField(JsonGenerator g, String name, @Nullable Double value)
      throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  private static void numberField(JsonGenerator g, String name, @Nullable Integer value)
      throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  /**
   * {@code CallOptions.extraBody}, after the fields above as Jackson's {@code @JsonAnyGetter} wrote
   * it, null values included (a caller may mean to send {@code null}). Values can be any object
   * Jackson serializes, so they go through an {@code ObjectMapper}, created on first use.
   */
  private static void extra(JsonGenerator g, Map<String, Object> extra) throws IOException {
    for (Map.Entry<String, Object> e : extra.entrySet()) {
      g.writeFieldName(e.getKey());
      ExtraValues.MAPPER.writeValue(g, e.getValue());
    }
  }

  /** Holds the mapper for extra values, so only a call that has some pays for it. */
  private static final class ExtraValues {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
