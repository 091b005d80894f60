package dev.promptfit.processor.schema;

/**
 * OpenAI's limits on one strict schema, as its structured-outputs guide states them today (the
 * older figures were 100, 5, 15,000 and 500). How each is counted:
 *
 * <ul>
 *   <li>{@link #PROPERTIES}: the entries of every {@code properties} object in the document, the
 *       {@code $defs} counted once each.
 *   <li>{@link #NESTING}: nested objects along the deepest path, the root object being level 1;
 *       arrays and {@code anyOf} add no level of their own, and a {@code $ref} counts as the
 *       definition it names, except where it closes a cycle.
 *   <li>{@link #CHARACTERS}: the characters of property names, {@code $defs} names, enum values
 *       and const values.
 *   <li>{@link #ENUM_VALUES}: the values of every {@code enum} in the document.
 * </ul>
 *
 * <p>The fifth limit, on one string enum with more than 250 values, is checked per enum and
 * reported as {@link SchemaProblem.Kind#LARGE_ENUM} at the enum's path.
 */
public enum Limit {
  /** At most 5,000 object properties. */
  PROPERTIES(5_000),
  /** At most 10 levels of nesting. */
  NESTING(10),
  /** At most 120,000 characters of names and values. */
  CHARACTERS(120_000),
  /** At most 1,000 enum values. */
  ENUM_VALUES(1_000);

  /** One enum with more than this many values is limited to {@link #LARGE_ENUM_CHARACTERS}. */
  public static final int LARGE_ENUM_VALUES = 250;

  /** The characters allowed for the values of one enum with more than 250 values. */
  public static final int LARGE_ENUM_CHARACTERS = 15_000;

  private final int maximum;

  Limit(int maximum) {
    this.maximum = maximum;
  }

  /** The most the limit allows. */
  public int maximum() {
    return maximum;
  }
}
