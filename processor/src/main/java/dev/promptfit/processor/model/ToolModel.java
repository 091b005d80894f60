package dev.promptfit.processor.model;

import dev.promptfit.processor.schema.SchemaResult;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * One {@code @Tool} method.
 *
 * @param method the method
 * @param name the tool's name: {@code @Tool(name)}, else the method's name
 * @param nameAnchor where the name was written, or the annotation where it was not
 * @param description {@code @Tool}'s value, else the first sentence of the method's Javadoc; empty
 *     for none
 * @param parameters the parameters, in order
 * @param returnType what the method returns
 * @param parameterSchema the strict JSON schema of the parameters as one object
 * @param resultSchema the schema of the result where it is sent as JSON (not {@code void} and not
 *     {@code String}): never sent, it checks the result is describable and names the types Jackson
 *     writes
 */
public record ToolModel(
    ExecutableElement method,
    String name,
    Anchor nameAnchor,
    String description,
    List<ToolParameter> parameters,
    TypeMirror returnType,
    SchemaResult parameterSchema,
    Optional<SchemaResult> resultSchema) {

  /** Copies the list, so the model is immutable. */
  public ToolModel {
    parameters = List.copyOf(parameters);
  }

  /** One parameter: its element, name, type, and whether it may be null. */
  public record ToolParameter(
      VariableElement element, String name, TypeMirror type, boolean nullable) {}

  /** How the result goes back to the model. */
  public enum Result {
    /** {@code void}: {@code "ok"}. */
    OK,
    /** A {@code String}, as it is. */
    TEXT,
    /** Anything else, as JSON. */
    JSON
  }

  /** How this tool's result goes back. */
  public Result result() {
    if (returnType.getKind() == TypeKind.VOID) {
      return Result.OK;
    }
    return ReturnKind.isClass(returnType, "java.lang.String") ? Result.TEXT : Result.JSON;
  }

  /** The method's name. */
  public String methodName() {
    return method.getSimpleName().toString();
  }

  boolean hasUnresolvedTypes() {
    return parameterSchema.unresolved() || resultSchema.map(SchemaResult::unresolved).orElse(false);
  }
}
