package dev.promptfit.processor;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * OpenAI's strict structured-output rules (FEATURES.md section 1), checked on a schema written by
 * the processor independently of how the processor wrote it: the root is an object and not {@code
 * anyOf}; every object says {@code additionalProperties: false} and lists all its properties in
 * {@code required}, in order; each schema is exactly one of a typed schema, an {@code anyOf}, or a
 * lone {@code $ref} that resolves; only the keywords strict mode supports appear, each where it
 * may; {@code format} is one of strict mode's; {@code $defs} only at the root.
 */
final class StrictSchemaRules {
  private static final Set<String> FORMATS =
      Set.of("date-time", "time", "date", "duration", "email", "hostname", "ipv4", "ipv6", "uuid");
  private static final Set<String> TYPES =
      Set.of("string", "number", "integer", "boolean", "object", "array");

  private final JsonNode root;
  private final List<String> violations = new ArrayList<>();

  private StrictSchemaRules(JsonNode root) {
    this.root = root;
  }

  /** Every rule {@code schema} breaks, each with the JSON pointer of where; empty if none. */
  static List<String> violations(JsonNode schema) {
    StrictSchemaRules rules = new StrictSchemaRules(schema);
    rules.checkRoot();
    return rules.violations;
  }

  private void checkRoot() {
    if (!root.path("type").isTextual() || !root.get("type").asText().equals("object")) {
      violations.add("#: the root is not {\"type\": \"object\"}");
    }
    if (root.has("anyOf")) {
      violations.add("#: anyOf at the root");
    }
    check(root, "#", true);
    JsonNode defs = root.get("$defs");
    if (defs != null) {
      defs.fields().forEachRemaining(e -> check(e.getValue(), "#/$defs/" + e.getKey(), false));
    }
  }

  private void check(JsonNode schema, String where, boolean isRoot) {
    if (!schema.isObject()) {
      violations.add(where + ": not a schema object");
      return;
    }
    if (!isRoot && schema.has("$defs")) {
      violations.add(where + ": $defs below the root");
    }
    int kinds = (schema.has("type") ? 1 : 0) + (schema.has("anyOf") ? 1 : 0)
        + (schema.has("$ref") ? 1 : 0);
    if (kinds != 1) {
      violations.add(where + ": not exactly one of type, anyOf and $ref");
      return;
    }
    if (schema.has("$ref")) {
      allowOnly(schema, where, Set.of("$ref"));
      String ref = schema.get("$ref").asText();
      boolean resolves =
          ref.equals("#")
              || (ref.startsWith("#/$defs/")
                  && root.path("$defs").has(ref.substring("#/$defs/".length())));
      if (!resolves) {
        violations.add(where + ": $ref " + ref + " resolves to nothing");
      }
    } else if (schema.has("anyOf")) {
      allowOnly(schema, where, Set.of("anyOf", "description"));
      JsonNode options = schema.get("anyOf");
      if (!options.isArray() || options.isEmpty()) {
        violations.add(where + ": anyOf is not a non-empty array");
        return;
      }
      for (int i = 0; i < options.size(); i++) {
        JsonNode option = options.get(i);
        if (option.size() == 1 && option.path("type").asText().equals("null")) {
          continue;
        }
        check(option, where + "/anyOf/" + i, false);
      }
    } else {
      checkTyped(schema, where, isRoot);
    }
  }

  private void checkTyped(JsonNode schema, String where, boolean isRoot) {
    JsonNode typeNode = schema.get("type");
    String type;
    if (typeNode.isTextual()) {
      type = typeNode.asText();
    } else if (typeNode.isArray()
        && typeNode.size() == 2
        && typeNode.get(1).asText().equals("null")) {
      type = typeNode.get(0).asText();
    } else {
      violations.add(where + ": type is neither a name nor [name, \"null\"]: " + typeNode);
      return;
    }
    if (!TYPES.contains(type)) {
      violations.add(where + ": unknown type " + type);
      return;
    }
    switch (type) {
      case "object" -> {
        Set<String> allowed =
            new HashSet<>(
                Set.of("type", "description", "properties", "required", "additionalProperties"));
        if (isRoot) {
          allowed.add("$defs");
        }
        allowOnly(schema, where, allowed);
        if (!schema.path("additionalProperties").isBoolean()
            || schema.get("additionalProperties").asBoolean()) {
          violations.add(where + ": additionalProperties is not false");
        }
        List<String> names = new ArrayList<>();
        schema.path("properties").fieldNames().forEachRemaining(names::add);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(n -> required.add(n.asText()));
        if (!names.equals(required)) {
          violations.add(where + ": required " + required + " is not every property " + names);
        }
        Iterator<String> it = names.iterator();
        while (it.hasNext()) {
          String name = it.next();
          check(schema.get("properties").get(name), where + "/properties/" + name, false);
        }
      }
      case "array" -> {
        allowOnly(schema, where, Set.of("type", "description", "items"));
        if (!schema.has("items")) {
          violations.add(where + ": array without items");
        } else {
          check(schema.get("items"), where + "/items", false);
        }
      }
      case "string" -> {
        allowOnly(schema, where, Set.of("type", "description", "format", "enum", "const"));
        if (schema.has("format") && !FORMATS.contains(schema.get("format").asText())) {
          violations.add(where + ": format " + schema.get("format") + " is not strict mode's");
        }
        if (schema.has("enum") && (!schema.get("enum").isArray() || schema.get("enum").isEmpty())) {
          violations.add(where + ": enum is not a non-empty array");
        }
      }
      default -> allowOnly(schema, where, Set.of("type", "description"));
    }
  }

  private void allowOnly(JsonNode schema, String where, Set<String> allowed) {
    schema.fieldNames().forEachRemaining(
        name -> {
          if (!allowed.contains(name)) {
            violations.add(where + ": keyword " + name + " is not allowed here");
          }
        });
  }
}
