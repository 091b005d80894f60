package dev.promptfit.internal.output;

import com.fasterxml.jackson.core.JsonToken;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Not API. Strings, booleans, numbers, dates and times, UUIDs and URIs, each from exactly the JSON
 * the schema asks for. Nothing is coerced: a number is not a string, a string is not a number, a
 * fraction is not an int, and a number too large for its type is an error rather than a rounded,
 * wrapped or infinite value. Dates and times are ISO-8601 strings as {@code java.time} parses them;
 * a number is never read as epoch seconds.
 */
final class ScalarReader extends ValueReader {
  /** The kinds, with what a message says a well-formed string of that kind looks like. */
  enum Kind {
    STRING(""),
    BOOLEAN(""),
    BYTE(""),
    SHORT(""),
    INT(""),
    LONG(""),
    FLOAT(""),
    DOUBLE(""),
    BIG_INTEGER(""),
    BIG_DECIMAL(""),
    LOCAL_DATE(" (expected yyyy-MM-dd, e.g. 2024-05-31)"),
    LOCAL_TIME(" (expected HH:mm:ss, e.g. 14:30:00)"),
    LOCAL_DATE_TIME(" (expected yyyy-MM-ddTHH:mm:ss, e.g. 2024-05-31T14:30:00)"),
    OFFSET_DATE_TIME(" (expected a date-time with offset, e.g. 2024-05-31T14:30:00+02:00)"),
    INSTANT(" (expected a date-time in UTC or with offset, e.g. 2024-05-31T12:30:00Z)"),
    UUID(" (expected 32 hex digits as 8-4-4-4-12)"),
    URI("");

    private final String format;

    Kind(String format) {
      this.format = format;
    }
  }

  private static final Map<Class<?>, Kind> KINDS =
      Map.ofEntries(
          Map.entry(String.class, Kind.STRING),
          Map.entry(boolean.class, Kind.BOOLEAN),
          Map.entry(Boolean.class, Kind.BOOLEAN),
          Map.entry(byte.class, Kind.BYTE),
          Map.entry(Byte.class, Kind.BYTE),
          Map.entry(short.class, Kind.SHORT),
          Map.entry(Short.class, Kind.SHORT),
          Map.entry(int.class, Kind.INT),
          Map.entry(Integer.class, Kind.INT),
          Map.entry(long.class, Kind.LONG),
          Map.entry(Long.class, Kind.LONG),
          Map.entry(float.class, Kind.FLOAT),
          Map.entry(Float.class, Kind.FLOAT),
          Map.entry(double.class, Kind.DOUBLE),
          Map.entry(Double.class, Kind.DOUBLE),
          Map.entry(BigInteger.class, Kind.BIG_INTEGER),
          Map.entry(BigDecimal.class, Kind.BIG_DECIMAL),
          Map.entry(LocalDate.class, Kind.LOCAL_DATE),
          Map.entry(LocalTime.class, Kind.LOCAL_TIME),
          Map.entry(LocalDateTime.class, Kind.LOCAL_DATE_TIME),
          Map.entry(OffsetDateTime.class, Kind.OFFSET_DATE_TIME),
          Map.entry(Instant.class, Kind.INSTANT),
          Map.entry(java.util.UUID.class, Kind.UUID),
          Map.entry(java.net.URI.class, Kind.URI));

  private final Kind kind;

  private ScalarReader(Class<?> type, Kind kind) {
    super(TypeNames.of(type));
    this.kind = kind;
  }

  /** The reader of {@code type}, or null if it is not a scalar type. */
  static @Nullable ScalarReader of(Class<?> type) {
    Kind kind = KINDS.get(type);
    return kind == null ? null : new ScalarReader(type, kind);
  }

  @Override
  Object read(TapeCursor cursor, Binding binding) throws BindFailure {
    JsonToken token = cursor.currentToken();
    switch (kind) {
      case STRING:
        if (token == JsonToken.VALUE_STRING) {
          return cursor.text();
        }
        break;
      case BOOLEAN:
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
          return token == JsonToken.VALUE_TRUE;
        }
        break;
      case BYTE:
      case SHORT:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          int limit = kind == Kind.BYTE ? Byte.MAX_VALUE : Short.MAX_VALUE;
          long value = cursor.fitsLong() ? cursor.longValue() : Long.MAX_VALUE;
          if (value >= -limit - 1 && value <= limit) {
            return kind == Kind.BYTE ? (Object) (byte) value : (Object) (short) value;
          }
          throw outOfRange(cursor, binding);
        }
        break;
      case INT:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          if (cursor.fitsInt()) {
            return (int) cursor.longValue();
          }
          throw outOfRange(cursor, binding);
        }
        break;
      case LONG:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          if (cursor.fitsLong()) {
            return cursor.longValue();
          }
          throw outOfRange(cursor, binding);
        }
        break;
      case BIG_INTEGER:
        if (token == JsonToken.VALUE_NUMBER_INT) {
          return cursor.bigIntegerValue();
        }
        break;
      case FLOAT:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          float value = cursor.floatValue();
          if (Float.isInfinite(value)) {
            throw outOfRange(cursor, binding);
          }
          return value;
        }
        break;
      case DOUBLE:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          double value = cursor.doubleValue();
          if (Double.isInfinite(value)) {
            throw outOfRange(cursor, binding);
          }
          return value;
        }
        break;
      case BIG_DECIMAL:
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          return cursor.decimalValue();
        }
        break;
      default:
        if (token == JsonToken.VALUE_STRING) {
          Object value = fromString(cursor.text());
          if (value != null) {
            return value;
          }
          throw binding.fail(
              binding.excerpt(cursor)
                  + " is not "
                  + TypeNames.withArticle(typeName())
                  + kind.format);
        }
        break;
    }
    throw binding.notA(cursor, typeName());
  }

  /** The value of a string kind, or null if the string is not one. */
  private @Nullable Object fromString(String text) {
    try {
      switch (kind) {
        case LOCAL_DATE:
          return LocalDate.parse(text);
        case LOCAL_TIME:
          return LocalTime.parse(text);
        case LOCAL_DATE_TIME:
          return LocalDateTime.parse(text);
        case OFFSET_DATE_TIME:
          return OffsetDateTime.parse(text);
        case INSTANT:
          return Instant.parse(text);
        case UUID:
          return isCanonicalUuid(text) ? java.util.UUID.fromString(text) : null;
        case URI:
          return text.isEmpty() ? null : new URI(text);
        default:
          throw new IllegalStateException("not a string kind: " + kind);
      }
    } catch (DateTimeParseException | URISyntaxException e) {
      return null;
    }
  }

  /**
   * {@code UUID.fromString} also takes {@code 1-1-1-1-1} and non-ASCII digits; the schema's {@code
   * uuid} format does not.
   */
  private static boolean isCanonicalUuid(String text) {
    if (text.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      boolean hex = c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
      if (dash ? c != '-' : !hex) {
        return false;
      }
    }
    return true;
  }

  private BindFailure outOfRange(TapeCursor cursor, Binding binding) {
    return binding.fail(
        binding.excerpt(cursor)
            + " is not "
            + TypeNames.withArticle(typeName())
            + " (out of range)");
  }
}
