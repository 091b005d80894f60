package dev.promptfit.internal.request;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The response format a request asks for: Responses {@code text.format}, Chat {@code
 * response_format}. A request without one (text methods, and typed answers whose schema is only
 * described in the input) has none at all.
 *
 * @param type {@code json_schema} or {@code json_object}, as on the wire
 * @param name the schema's name, for {@code json_schema}; else null
 * @param schema the strict JSON schema as compact JSON, for {@code json_schema}; else null
 */
public record OutputFormat(String type, @Nullable String name, @Nullable String schema) {
  /** {@code {"type": "json_object"}}: JSON of any shape. */
  public static final OutputFormat JSON_OBJECT = new OutputFormat("json_object", null, null);

  public OutputFormat {
    Objects.requireNonNull(type, "type");
    if (type.equals("json_schema") && (name == null || schema == null)) {
      throw new IllegalArgumentException("json_schema needs a name and a schema");
    }
  }

  /** {@code json_schema} with {@code strict: true}: the server enforces {@code schema}. */
  public static OutputFormat jsonSchema(String name, String schema) {
    return new OutputFormat("json_schema", name, schema);
  }

  /** Whether this is {@code json_schema}, which is always sent strict. */
  public boolean isSchema() {
    return schema != null;
  }

  @Override
  public String toString() {
    return "OutputFormat{" + type + (name == null ? "" : " " + name) + "}";
  }
}
