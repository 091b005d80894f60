package dev.promptfit.processor.model;

import dev.promptfit.processor.schema.SchemaResult;
import javax.lang.model.type.TypeMirror;

/** What a method's return type asks of the model: text, a typed answer, or nothing it can give. */
public sealed interface ReturnModel {

  /** A text return type of API.md section 3. */
  record Text(ReturnKind kind) implements ReturnModel {}

  /**
   * A typed answer of API.md section 7.
   *
   * @param shape how the answer is returned
   * @param type the answer's type {@code T}, or the element {@code E} of a stream
   * @param schema the strict JSON schema sent for it, or why there is none
   */
  record Typed(TypedShape shape, TypeMirror type, SchemaResult schema) implements ReturnModel {}

  /** A return type that is neither, such as {@code void} or {@code Result<String>}. */
  record Unsupported() implements ReturnModel {}
}
