package dev.promptfit.processor.schema;

import java.util.Map;
import java.util.Set;

/**
 * The JSON scalars Java types become: {@code String}, booleans, integers ({@code int}, {@code
 * long}, {@code short}, {@code byte}, {@code BigInteger}), numbers ({@code double}, {@code float},
 * {@code BigDecimal}), the five date and time types, {@code UUID} and {@code URI}.
 */
final class Scalars {
  static final Node.Scalar STRING = new Node.Scalar("string", null, null);
  static final Node.Scalar INTEGER = new Node.Scalar("integer", null, null);
  static final Node.Scalar NUMBER = new Node.Scalar("number", null, null);
  static final Node.Scalar BOOLEAN = new Node.Scalar("boolean", null, null);

  private static final Map<String, Node.Scalar> BY_NAME =
      Map.ofEntries(
          Map.entry("java.lang.String", STRING),
          Map.entry("java.lang.Boolean", BOOLEAN),
          Map.entry("java.lang.Integer", INTEGER),
          Map.entry("java.lang.Long", INTEGER),
          Map.entry("java.lang.Short", INTEGER),
          Map.entry("java.lang.Byte", INTEGER),
          Map.entry("java.math.BigInteger", INTEGER),
          Map.entry("java.lang.Double", NUMBER),
          Map.entry("java.lang.Float", NUMBER),
          Map.entry("java.math.BigDecimal", NUMBER),
          Map.entry("java.time.LocalDate", new Node.Scalar("string", "date", null)),
          Map.entry("java.time.OffsetDateTime", new Node.Scalar("string", "date-time", null)),
          Map.entry("java.time.Instant", new Node.Scalar("string", "date-time", null)),
          // RFC 3339's "time" carries an offset, which a LocalTime has not.
          Map.entry(
              "java.time.LocalTime",
              new Node.Scalar("string", null, "ISO-8601 local time without offset, e.g. 09:30:00")),
          Map.entry(
              "java.time.LocalDateTime",
              new Node.Scalar(
                  "string",
                  null,
                  "ISO-8601 local date and time without offset, e.g. 2025-03-14T09:30:00")),
          Map.entry("java.util.UUID", new Node.Scalar("string", "uuid", null)),
          // Strict mode has no "uri" format.
          Map.entry(
              "java.net.URI",
              new Node.Scalar("string", null, "URI (RFC 3986), e.g. https://example.com/a%20b")));

  /** Date and time types from before {@code java.time}. */
  private static final Set<String> OLD_DATES =
      Set.of(
          "java.util.Date", "java.util.Calendar", "java.sql.Date", "java.sql.Time",
          "java.sql.Timestamp");

  private Scalars() {}

  /** The scalar the class named {@code qualifiedName} becomes, or null if it is none. */
  static Node.Scalar of(String qualifiedName) {
    return BY_NAME.get(qualifiedName);
  }

  /**
   * Whether the class named {@code qualifiedName} is a date or time type other than the supported
   * ones: the rest of {@code java.time} (its enums aside, which are enums) and the old ones.
   */
  static boolean otherDateTime(String qualifiedName, boolean isEnum) {
    return (qualifiedName.startsWith("java.time.") && !isEnum)
        || OLD_DATES.contains(qualifiedName);
  }
}
