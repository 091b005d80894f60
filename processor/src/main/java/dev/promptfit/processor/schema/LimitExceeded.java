package dev.promptfit.processor.schema;

/**
 * A schema over one of OpenAI's {@linkplain Limit limits}.
 *
 * @param limit which limit
 * @param actual how much the schema has
 * @param where for {@link Limit#NESTING}, the deepest path in JSON property names ({@code
 *     items[].children[].label}); empty otherwise
 */
public record LimitExceeded(Limit limit, long actual, String where) {

  /** How far over the limit the schema is. */
  public long overshoot() {
    return actual - limit.maximum();
  }
}
