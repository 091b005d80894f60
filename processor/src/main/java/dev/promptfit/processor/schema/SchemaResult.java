package dev.promptfit.processor.schema;

import java.util.List;
import java.util.Optional;

/**
 * A strict JSON schema, or why there is none.
 *
 * @param json the schema as compact JSON; empty when there are problems or exceeded limits
 * @param problems the types that cannot be described, each at its path, in the order found
 * @param exceeded OpenAI's limits the schema is over
 * @param boundTypes the records, enums and sealed interfaces the schema describes, in the order
 *     found: what Jackson binds at run time
 */
public record SchemaResult(
    Optional<String> json,
    List<SchemaProblem> problems,
    List<LimitExceeded> exceeded,
    List<BoundType> boundTypes) {

  /** Copies the lists, so the result is immutable. */
  public SchemaResult {
    problems = List.copyOf(problems);
    exceeded = List.copyOf(exceeded);
    boundTypes = List.copyOf(boundTypes);
  }

  /** Whether there is a schema to send: no problem and no exceeded limit. */
  public boolean ok() {
    return json.isPresent();
  }

  /** Whether some type was not resolved yet, so the schema must wait for a later round. */
  public boolean unresolved() {
    return problems.stream().anyMatch(p -> p.kind() == SchemaProblem.Kind.UNRESOLVED);
  }
}
