package dev.promptfit.processor.schema;

import javax.lang.model.element.TypeElement;

/**
 * A type of the application that Jackson binds from the model's JSON at run time, so a native
 * image must register it for reflection.
 *
 * @param element the type
 * @param kind what it is, which decides what Jackson reaches reflectively
 */
public record BoundType(TypeElement element, Kind kind) {

  /** What a bound type is. */
  public enum Kind {
    /** A record: Jackson calls its canonical constructor and reads its components. */
    RECORD,
    /** An enum: Jackson reads its constants and their annotations. */
    ENUM,
    /** A sealed interface: Jackson picks the permitted record by the discriminator. */
    SEALED_INTERFACE
  }
}
