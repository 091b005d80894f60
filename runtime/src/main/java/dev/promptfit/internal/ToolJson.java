package dev.promptfit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Not API. The one Jackson set-up for tool arguments and results. Reading is exact, as under a
 * strict schema: no string for a number, no fraction for an int, no null for a primitive; unknown
 * properties are ignored, since a server that did not enforce the schema may add some. Dates and
 * times are ISO-8601 strings and {@code Optional} is its value or null, both ways, without extra
 * Jackson modules.
 */
final class ToolJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .addModule(timeModule())
          .build();

  private ToolJson() {}

  private static SimpleModule timeModule() {
    SimpleModule module = new SimpleModule("promptfit-tools");
    time(module, LocalDate.class, LocalDate::parse);
    time(module, LocalTime.class, LocalTime::parse);
    time(module, LocalDateTime.class, LocalDateTime::parse);
    time(module, OffsetDateTime.class, OffsetDateTime::parse);
    time(module, Instant.class, Instant::parse);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Class<Optional<?>> optional = (Class) Optional.class;
    module.addSerializer(optional, new OptionalSerializer());
    return module;
  }

  private static <T> void time(SimpleModule module, Class<T> type, Function<String, T> parse) {
    module.addSerializer(type, ToStringSerializer.instance);
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_STRING)) {
              return type.cast(context.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            try {
              return parse.apply(text);
            } catch (DateTimeParseException e) {
              return type.cast(
                  context.handleWeirdStringValue(type, text, "not an ISO-8601 %s", type.getSimpleName()));
            }
          }
        });
  }

  /** {@code Optional} as its value, or null when empty. */
  private static final class OptionalSerializer extends StdSerializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    @SuppressWarnings({"unchecked", "rawtypes"})
    OptionalSerializer() {
      super((Class) Optional.class);
    }

    @Override
    public void serialize(Optional<?> value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      if (value.isPresent()) {
        provider.defaultSerializeValue(value.get(), g);
      } else {
        g.writeNull();
      }
    }
  }
}
