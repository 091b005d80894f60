package dev.promptfit.processor.validate;

import dev.promptfit.processor.model.Anchor;
import dev.promptfit.processor.model.MethodModel;
import dev.promptfit.processor.model.ReturnModel;
import dev.promptfit.processor.schema.LimitExceeded;
import dev.promptfit.processor.schema.SchemaProblem;
import dev.promptfit.processor.schema.SchemaProblem.Kind;
import java.util.EnumSet;
import java.util.Set;

/**
 * Reports why a typed answer has no schema, on the method: each type that cannot be described at
 * its path, and each of OpenAI's limits the schema is over. Where the answer's type itself is no
 * describable kind at all ({@code Future<String>}, {@code Map<String, Object>}), the method more
 * likely meant another return type, so that is reported as an unsupported return type listing
 * them all.
 */
final class SchemaValidator {
  /** Problems that say the type is of no describable kind, rather than what is wrong inside it. */
  private static final Set<Kind> KIND_PROBLEMS =
      EnumSet.of(
          Kind.OBJECT, Kind.MAP, Kind.CLASS, Kind.INTERFACE, Kind.COLLECTION, Kind.RAW,
          Kind.WILDCARD, Kind.TYPE_VARIABLE, Kind.CHAR, Kind.BINARY, Kind.DATE_TIME, Kind.URL);

  private SchemaValidator() {}

  static void check(MethodModel method, ReturnModel.Typed typed, ValidationReport report) {
    String name = method.displayName();
    Anchor anchor = Anchor.of(method.element());
    boolean rootIsNoKind =
        typed.schema().problems().stream()
            .anyMatch(p -> p.atRoot() && KIND_PROBLEMS.contains(p.kind()));
    if (rootIsNoKind) {
      report.error(Messages.unsupportedReturnType(name, method.returnType()), anchor);
      return;
    }
    for (SchemaProblem problem : typed.schema().problems()) {
      // javac reports a type it cannot resolve itself; the processor waits for it meanwhile.
      if (problem.kind() != Kind.UNRESOLVED) {
        report.error(Messages.schemaProblem(name, problem), anchor);
      }
    }
    for (LimitExceeded exceeded : typed.schema().exceeded()) {
      report.error(Messages.limitExceeded(name, "the answer's JSON schema", exceeded), anchor);
    }
  }
}
