package dev.promptfit.processor.schema;

import dev.promptfit.processor.schema.Node.Property;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes walked {@link Node}s as a JSON schema tree in OpenAI's strict subset.
 *
 * <ul>
 *   <li>Objects list every property in {@code required} and say {@code additionalProperties:
 *       false}; properties keep their order, which is the order the model writes them in.
 *   <li>A nullable scalar is {@code "type": [T, "null"]}; anything else nullable is {@code anyOf}
 *       with {@code {"type": "null"}}.
 *   <li>A record, enum or sealed interface used once and not recursively is written in place;
 *       any other is a {@code $ref} to {@code $defs}, or to {@code "#"} for the root record.
 *   <li>Strict mode allows no keyword beside {@code $ref}, so a use that has a description of its
 *       own gets a copy of the definition with the description instead of the {@code $ref}
 *       (except inside that same copy, where the cycle must stay a reference).
 *   <li>Only the definitions some {@code $ref} reaches are written, each under its simple name,
 *       {@code _2}, {@code _3}, ... added where two types share one.
 * </ul>
 *
 * <p>A description of the place a type is used comes first, the type's own after it.
 */
final class Renderer {
  private static final String ROOT = "#";

  private final List<Definition> order;
  private final Set<Definition> referenced = new LinkedHashSet<>();
  private final Set<Definition> unravelling = new HashSet<>();

  /** A {@code $ref} whose target's name is chosen once every reached definition is known. */
  private record Ref(Definition definition) {}

  /** {@code order}: every definition of the walk, in the order their names are chosen. */
  Renderer(List<Definition> order) {
    this.order = order;
  }

  /**
   * The whole document: {@code root} (an object, or a use of the root record), then {@code $defs}
   * with every definition it reaches.
   */
  Map<String, Object> document(Node root) {
    Map<String, Object> json =
        root instanceof Node.Use use && use.definition().root
            ? body(use.definition(), null)
            : render(root, null);
    Map<Definition, Map<String, Object>> bodies = new LinkedHashMap<>();
    while (true) {
      List<Definition> pending =
          referenced.stream().filter(d -> !bodies.containsKey(d)).toList();
      if (pending.isEmpty()) {
        break;
      }
      for (Definition definition : pending) {
        bodies.put(definition, body(definition, null));
      }
    }
    Set<String> taken = new HashSet<>();
    Map<String, Object> defs = new LinkedHashMap<>();
    for (Definition definition : order) {
      if (bodies.containsKey(definition)) {
        String name = definition.baseName;
        for (int n = 2; !taken.add(name); n++) {
          name = definition.baseName + "_" + n;
        }
        definition.name = name;
        defs.put(name, bodies.get(definition));
      }
    }
    if (!defs.isEmpty()) {
      json.put("$defs", defs);
    }
    resolve(json);
    return json;
  }

  private Map<String, Object> render(Node node, String description) {
    if (node instanceof Node.Scalar scalar) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("type", scalar.type());
      if (scalar.format() != null) {
        json.put("format", scalar.format());
      }
      describe(json, join(description, scalar.note()));
      return json;
    } else if (node instanceof Node.Array array) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("type", "array");
      describe(json, description);
      json.put("items", render(array.items(), null));
      return json;
    } else if (node instanceof Node.Nullable nullable) {
      if (nullable.inner() instanceof Node.Scalar scalar) {
        Map<String, Object> json = render(scalar, description);
        json.put("type", List.of(scalar.type(), "null"));
        return json;
      }
      Map<String, Object> json = new LinkedHashMap<>();
      describe(json, description);
      json.put("anyOf", List.of(render(nullable.inner(), null), Map.of("type", "null")));
      return json;
    } else if (node instanceof Node.Use use) {
      return use(use.definition(), description);
    } else if (node instanceof Node.Const constant) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("type", "string");
      json.put("const", constant.value());
      return json;
    } else if (node instanceof Node.ObjectBody object) {
      return object(object.properties(), join(description, object.description()));
    }
    throw new IllegalStateException("cannot render " + node);
  }

  private Map<String, Object> use(Definition definition, String description) {
    if (definition.inline()) {
      return body(definition, description);
    }
    if (description != null && unravelling.add(definition)) {
      Map<String, Object> copy = body(definition, description);
      unravelling.remove(definition);
      return copy;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    if (definition.root) {
      json.put("$ref", ROOT);
    } else {
      referenced.add(definition);
      json.put("$ref", new Ref(definition));
    }
    return json;
  }

  /** A definition's own schema; {@code description} is that of the place it is used in. */
  private Map<String, Object> body(Definition definition, String description) {
    Node body = definition.body;
    if (body instanceof Node.ObjectBody object) {
      return object(object.properties(), join(description, object.description()));
    } else if (body instanceof Node.EnumBody enumeration) {
      Map<String, Object> json = new LinkedHashMap<>();
      json.put("type", "string");
      describe(json, join(description, enumeration.description()));
      json.put("enum", enumeration.values());
      return json;
    } else if (body instanceof Node.AnyOfBody anyOf) {
      Map<String, Object> json = new LinkedHashMap<>();
      describe(json, join(description, anyOf.description()));
      List<Object> variants = new ArrayList<>();
      for (Node.Variant variant : anyOf.variants()) {
        Node.ObjectBody record = (Node.ObjectBody) variant.record().body;
        List<Property> properties = new ArrayList<>();
        properties.add(
            new Property(TypeWalker.DISCRIMINATOR, new Node.Const(variant.discriminator()), null));
        properties.addAll(record.properties());
        variants.add(object(properties, record.description()));
      }
      json.put("anyOf", variants);
      return json;
    }
    throw new IllegalStateException("cannot render the definition of " + definition.element);
  }

  private Map<String, Object> object(List<Property> properties, String description) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", "object");
    describe(json, description);
    Map<String, Object> schemas = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (Property property : properties) {
      schemas.put(property.name(), render(property.schema(), property.description()));
      required.add(property.name());
    }
    json.put("properties", schemas);
    json.put("required", required);
    json.put("additionalProperties", false);
    return json;
  }

  private static void describe(Map<String, Object> json, String description) {
    if (description != null) {
      json.put("description", description);
    }
  }

  private static String join(String first, String second) {
    if (first == null) {
      return second;
    }
    return second == null ? first : first + "\n" + second;
  }

  /** Replaces each {@link Ref} by its definition's path, now that names are chosen. */
  @SuppressWarnings("unchecked")
  private static void resolve(Object json) {
    if (json instanceof Map<?, ?> map) {
      for (Map.Entry<String, Object> entry : ((Map<String, Object>) map).entrySet()) {
        if (entry.getValue() instanceof Ref ref) {
          entry.setValue("#/$defs/" + ref.definition().name);
        } else {
          resolve(entry.getValue());
        }
      }
    } else if (json instanceof List<?> list) {
      list.forEach(Renderer::resolve);
    }
  }
}
