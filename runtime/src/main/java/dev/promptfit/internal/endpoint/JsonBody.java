package dev.promptfit.internal.endpoint;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptfit.internal.request.Message;
import dev.promptfit.internal.request.Part;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.Buffer;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Writes a request body with Jackson's streaming generator, field by field, leaving out
 * what was not set. Databind's bean serializer would cost a first call tens of milliseconds of
 * introspection; only a call whose {@code extraBody} is not empty creates an {@code ObjectMapper},
 * for those values alone.
 */
final class JsonBody {
  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final JsonFactory FACTORY = new JsonFactory();

  /** Writes fields into an open object. */
  @FunctionalInterface
  interface Fields {
    void write(JsonGenerator g) throws IOException;
  }

  /** Writes one content part of a message, in an endpoint's wire form. */
  @FunctionalInterface
  interface PartWriter {
    void write(JsonGenerator g, Message message, Part part) throws IOException;
  }

  private JsonBody() {}

  /**
   * A message as both endpoints write it: {@code {"role", "content"}}, the content a plain string
   * when the message is one text part (the form every compatible server accepts), else an array of
   * parts written by {@code parts}.
   */
  static void message(JsonGenerator g, Message m, PartWriter parts) throws IOException {
    g.writeStartObject();
    g.writeStringField("role", m.role().wireName());
    String text = m.onlyText();
    if (text != null) {
      g.writeStringField("content", text);
    } else {
      g.writeArrayFieldStart("content");
      for (Part part : m.parts()) {
        parts.write(g, m, part);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** The failure for an item or part an endpoint has no wire form for. */
  static IllegalStateException noWireForm(Object what) {
    return new IllegalStateException("no wire form for " + what.getClass().getSimpleName());
  }

  /** A JSON object whose fields {@code fields} writes, then {@code extra}'s. */
  static RequestBody object(Fields fields, Map<String, Object> extra) {
    Buffer out = new Buffer();
    try (JsonGenerator g = FACTORY.createGenerator(out.outputStream())) {
      g.writeStartObject();
      fields.write(g);
      for (Map.Entry<String, Object> e : extra.entrySet()) {
        g.writeFieldName(e.getKey());
        ExtraValues.MAPPER.writeValue(g, e.getValue());
      }
      g.writeEndObject();
    } catch (IOException e) {
      // A Buffer cannot fail to be written; a value Jackson cannot serialize can.
      throw new UncheckedIOException("could not write the request body: " + e.getMessage(), e);
    }
    return RequestBody.create(out.readByteString(), JSON);
  }

  /**
   * {@code value}, unless {@code extraBody} sets the same field: then the extra value is the one
   * sent, once. A JSON object with a key twice is read differently by different servers.
   */
  static <T> @Nullable T unlessExtra(Map<String, Object> extra, String name, @Nullable T value) {
    return extra.containsKey(name) ? null : value;
  }

  static void string(JsonGenerator g, String name, @Nullable String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  static void number(JsonGenerator g, String name, @Nullable Double value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  static void number(JsonGenerator g, String name, @Nullable Integer value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value);
    }
  }

  /** Holds the mapper for extra values, so only a call that has some pays for it. */
  private static final class ExtraValues {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }
}
