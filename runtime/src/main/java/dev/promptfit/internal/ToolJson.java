package dev.promptfit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.deser.std.ReferenceTypeDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.type.ReferenceType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.type.TypeModifier;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.lang.reflect.Type;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
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
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * Not API. The one Jackson set-up for tool arguments and results. Reading is exact, as under a
 * strict schema: no string for a number, no fraction for an int, no null for a primitive; unknown
 * properties are ignored, since a server that did not enforce the schema may add some. Dates and
 * times are ISO-8601 strings and {@code Optional} is its value or null, both ways, without extra
 * Jackson modules. A sealed interface is read as the schema describes it: the permitted record
 * whose {@code @JsonTypeName}, else simple name, is the object's {@code "type"} (sealed
 * subinterfaces flattened).
 */
final class ToolJson {
  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          // 1.50 stays 1.50 for a BigDecimal: the tree must not go through double.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
          .withCoercionConfig(
              LogicalType.Textual,
              config ->
                  config
                      .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                      .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
          .addModule(timeModule())
          .build();

  private ToolJson() {}

  private static SimpleModule timeModule() {
    TypeModifier optionalAsReference =
        new TypeModifier() {
          @Override
          public JavaType modifyType(
              JavaType type, Type jdkType, TypeBindings bindings, TypeFactory factory) {
            if (type.isReferenceType() || !type.hasRawClass(Optional.class)) {
              return type;
            }
            return ReferenceType.upgradeFrom(type, type.containedTypeOrUnknown(0));
          }
        };
    SimpleModule module =
        new SimpleModule("promptfit-tools") {
          private static final long serialVersionUID = 1L;

          @Override
          public void setupModule(SetupContext context) {
            super.setupModule(context);
            // Optional as a reference type, as jackson-datatype-jdk8 makes it, so that a record's
            // Optional component reads null or a missing property as empty.
            context.addTypeModifier(optionalAsReference);
          }
        };
    // Set first: addDeserializer below adds to these.
    module.setDeserializers(
        new SimpleDeserializers() {
          @Override
          public JsonDeserializer<?> findReferenceDeserializer(
              ReferenceType type,
              DeserializationConfig config,
              BeanDescription description,
              TypeDeserializer contentTypes,
              JsonDeserializer<?> content) {
            return type.hasRawClass(Optional.class)
                ? new OptionalDeserializer(type, contentTypes, content)
                : null;
          }

          @Override
          public JsonDeserializer<?> findBeanDeserializer(
              JavaType type, DeserializationConfig config, BeanDescription description)
              throws JsonMappingException {
            JsonDeserializer<?> found = super.findBeanDeserializer(type, config, description);
            Class<?> raw = type.getRawClass();
            return found == null && raw.isInterface() && raw.isSealed()
                ? new SealedDeserializer(raw)
                : found;
          }
        });
    primitiveOptional(module, OptionalInt.class, OptionalInt.empty(), p -> OptionalInt.of(p.getIntValue()));
    primitiveOptional(
        module, OptionalLong.class, OptionalLong.empty(), p -> OptionalLong.of(p.getLongValue()));
    primitiveOptional(
        module, OptionalDouble.class, OptionalDouble.empty(),
        p -> OptionalDouble.of(p.getDoubleValue()));
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

  /** A sealed interface of records, told apart by their {@code "type"}. */
  private static final class SealedDeserializer extends StdDeserializer<Object> {
    private static final long serialVersionUID = 1L;
    private final Map<String, Class<?>> records = new LinkedHashMap<>();

    SealedDeserializer(Class<?> sealed) {
      super(sealed);
      collect(sealed);
    }

    private void collect(Class<?> type) {
      for (Class<?> permitted : type.getPermittedSubclasses()) {
        if (permitted.isInterface()) {
          collect(permitted);
        } else {
          JsonTypeName name = permitted.getAnnotation(JsonTypeName.class);
          records.putIfAbsent(
              name != null && !name.value().isEmpty() ? name.value() : permitted.getSimpleName(),
              permitted);
        }
      }
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext context) throws IOException {
      JsonNode node = context.readTree(p);
      if (!node.isObject()) {
        throw MismatchedInputException.from(
            p, (Class<?>) null, "expected an object with a \"type\" of " + names() + ", got " + kind(node));
      }
      JsonNode type = node.get("type");
      Class<?> record = type != null && type.isTextual() ? records.get(type.asText()) : null;
      if (record == null) {
        throw MismatchedInputException.from(
            p,
            (Class<?>) null,
            "\"type\" is "
                + (type == null ? "missing" : type.toString())
                + ", not one of "
                + names());
      }
      return context.readTreeAsValue(node, record);
    }

    private String names() {
      return String.join(", ", records.keySet().stream().map(n -> "\"" + n + "\"").toList());
    }

    private static String kind(JsonNode node) {
      return node.isArray() ? "an array" : node.toString();
    }
  }

  /** {@code Optional}: null or missing is empty. */
  private static final class OptionalDeserializer extends ReferenceTypeDeserializer<Optional<?>> {
    private static final long serialVersionUID = 1L;

    OptionalDeserializer(
        JavaType type, TypeDeserializer contentTypes, JsonDeserializer<?> content) {
      super(type, null, contentTypes, content);
    }

    @Override
    protected ReferenceTypeDeserializer<Optional<?>> withResolved(
        TypeDeserializer contentTypes, JsonDeserializer<?> content) {
      return new OptionalDeserializer(_fullType, contentTypes, content);
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public Object getEmptyValue(DeserializationContext context) {
      return Optional.empty();
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return AccessPattern.CONSTANT;
    }

    @Override
    public Optional<?> referenceValue(Object contents) {
      return Optional.ofNullable(contents);
    }

    @Override
    public Object getReferenced(Optional<?> reference) {
      return reference.orElse(null);
    }

    @Override
    public Optional<?> updateReference(Optional<?> reference, Object contents) {
      return Optional.ofNullable(contents);
    }
  }

  /** A number read as {@code OptionalInt} and the like; null (or missing) is empty, both ways. */
  private interface NumberRead<T> {
    T read(JsonParser p) throws IOException;
  }

  private static <T> void primitiveOptional(
      SimpleModule module, Class<T> type, T empty, NumberRead<T> read) {
    module.addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        if (value.equals(empty)) {
          g.writeNull();
        } else if (value instanceof OptionalInt i) {
          g.writeNumber(i.getAsInt());
        } else if (value instanceof OptionalLong l) {
          g.writeNumber(l.getAsLong());
        } else {
          g.writeNumber(((OptionalDouble) value).getAsDouble());
        }
      }
    });
    module.addDeserializer(
        type,
        new JsonDeserializer<T>() {
          @Override
          public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
            boolean integral = type != OptionalDouble.class;
            if (!p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT)
                && (integral || !p.hasToken(com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_FLOAT))) {
              return type.cast(context.handleUnexpectedToken(type, p));
            }
            return read.read(p);
          }

          @Override
          public T getNullValue(DeserializationContext context) {
            return empty;
          }

          @Override
          public Object getAbsentValue(DeserializationContext context) {
            return empty;
          }
        });
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
