package dev.promptfit.processor.schema;

import java.util.List;

/**
 * A schema as the walk builds it, before {@link Renderer} decides what is inlined and what goes to
 * {@code $defs}. A component's description is not part of its node: the property carries it, so
 * that one node can serve every place a type is used.
 */
sealed interface Node {

  /**
   * A JSON scalar: {@code string}, {@code integer}, {@code number} or {@code boolean}.
   *
   * @param type the JSON type
   * @param format the {@code format} keyword, or null
   * @param note what the value's text looks like, where {@code format} cannot say it, or null
   */
  record Scalar(String type, String format, String note) implements Node {}

  /** A JSON array of {@code items}. */
  record Array(Node items) implements Node {}

  /** {@code inner} or {@code null}; still required, as strict mode wants. */
  record Nullable(Node inner) implements Node {}

  /** One place where a record, enum or sealed interface is used. */
  record Use(Definition definition) implements Node {}

  /** A string that can only be {@code value}: a discriminator. */
  record Const(String value) implements Node {}

  /** Stands for a type that has a problem; never rendered, since there is then no schema. */
  record Invalid() implements Node {}

  /**
   * An object with every property required and no others allowed.
   *
   * @param properties in order
   * @param description the type's own description, or null
   */
  record ObjectBody(List<Property> properties, String description) implements Node {
    public ObjectBody {
      properties = List.copyOf(properties);
    }
  }

  /**
   * A string enum.
   *
   * @param values the JSON values, in declaration order
   * @param description the enum's description, with its constants' descriptions, or null
   */
  record EnumBody(List<String> values, String description) implements Node {
    public EnumBody {
      values = List.copyOf(values);
    }
  }

  /**
   * One of several objects, each told apart by its discriminator property.
   *
   * @param variants the permitted records, in the order the interface permits them
   * @param description the sealed interface's description, or null
   */
  record AnyOfBody(List<Variant> variants, String description) implements Node {
    public AnyOfBody {
      variants = List.copyOf(variants);
    }
  }

  /**
   * A permitted record of a sealed interface: its object with the discriminator property first.
   * The record's properties are read from its definition when rendered, since a record may be
   * part of a cycle that is still being walked when its variant is made.
   *
   * @param discriminator the value of the discriminator property
   * @param record the record's definition, whose body is an {@link ObjectBody}
   */
  record Variant(String discriminator, Definition record) implements Node {}

  /**
   * One property of an object.
   *
   * @param name the JSON name
   * @param schema its schema
   * @param description what it means, or null; wins over the description of its type
   */
  record Property(String name, Node schema, String description) {}
}
