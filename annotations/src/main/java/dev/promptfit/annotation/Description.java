package dev.promptfit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a type, a record component, an enum constant or a tool parameter means, for the model: the
 * {@code description} of its part of the JSON schema the processor writes for typed answers and
 * tools.
 *
 * <pre><code>
 * &#64;Description("An invoice as printed")
 * record Invoice(
 *     &#64;Description("The seller's legal name") String vendor,
 *     LocalDate date,
 *     List&lt;Line&gt; lines) {}
 *
 * enum Sentiment {
 *   &#64;Description("The review praises the product") POSITIVE,
 *   NEGATIVE,
 *   NEUTRAL
 * }
 * </code></pre>
 *
 * <p>Where it is absent, the Javadoc the compiler sees is used instead: a record's {@code @param}
 * tag for a component, the first sentence for a type or an enum constant. Javadoc is available
 * only for sources compiled together with the interface, so types from a jar need this
 * annotation. The constants' descriptions of an enum are listed in the enum's description, since
 * strict JSON schemas have no place for one per value. A component's description comes first in
 * its property's description, followed by that of the component's type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({
  ElementType.TYPE, ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER
})
public @interface Description {
  /** The description, in the words the model should read. */
  String value();
}
