package dev.promptfit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.NullNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * Not API. The arguments of one tool call, parsed once; generated dispatchers read each parameter
 * with {@link #get}. Every failure is a {@link ToolArgumentsException} whose message names the
 * parameter (and the path inside it) and says what was expected, for the model to correct.
 *
 * <pre><code>
 * ToolArguments args = ToolArguments.parse(arguments);
 * String city = args.get("city", String.class);
 * int days = args.get("days", int.class);
 * List&lt;Stop&gt; stops = args.get("stops", Types.parameterized(List.class, Stop.class));
 * </code></pre>
 */
public final class ToolArguments {
  private static final int MAX_QUOTED = 80;

  private final JsonNode root;

  private ToolArguments(JsonNode root) {
    this.root = root;
  }

  /**
   * Parses the arguments as the model wrote them. Blank arguments are an empty object: some servers
   * send {@code ""} for a tool without parameters.
   */
  public static ToolArguments parse(String arguments) throws ToolArgumentsException {
    if (arguments.isBlank()) {
      return new ToolArguments(ToolJson.MAPPER.createObjectNode());
    }
    JsonNode root;
    try {
      root = ToolJson.MAPPER.readTree(arguments);
    } catch (JsonProcessingException e) {
      throw new ToolArgumentsException(
          "the arguments are not JSON ("
              + e.getOriginalMessage()
              + " at character "
              + e.getLocation().getCharOffset()
              + ")");
    }
    if (root == null || !root.isObject()) {
      throw new ToolArgumentsException(
          "the arguments must be a JSON object, got " + describe(root));
    }
    return new ToolArguments(root);
  }

  /**
   * The parameter {@code name} as {@code type}; missing or null fails, except for an {@code
   * Optional}, which is then empty.
   */
  public <V> V get(String name, Type type) throws ToolArgumentsException {
    V value = getNullable(name, type);
    if (value == null) {
      JsonNode node = root.get(name);
      throw new ToolArgumentsException(
          name + ": expected " + typeName(type) + ", got " + (node == null ? "nothing" : "null"));
    }
    return value;
  }

  /**
   * The parameter {@code name} as {@code type}, or null when it is missing or null: for a parameter
   * annotated {@code @Nullable}.
   */
  @SuppressWarnings("unchecked") // the caller's type argument and type agree, as generated
  public <V> @Nullable V getNullable(String name, Type type) throws ToolArgumentsException {
    JsonNode node = root.get(name);
    boolean absent = node == null || node.isNull();
    if (absent && (type == OptionalInt.class || type == OptionalLong.class
        || type == OptionalDouble.class)) {
      return (V) read(name, NullNode.getInstance(), type);
    }
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return (V)
          (absent
              ? Optional.empty()
              : Optional.ofNullable(read(name, node, p.getActualTypeArguments()[0])));
    }
    return absent ? null : (V) read(name, node, type);
  }

  private static @Nullable Object read(String name, JsonNode node, Type type)
      throws ToolArgumentsException {
    JavaType javaType = ToolJson.MAPPER.getTypeFactory().constructType(type);
    try {
      return ToolJson.MAPPER.treeToValue(node, javaType);
    } catch (JsonMappingException e) {
      throw new ToolArgumentsException(describe(name, node, e));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new ToolArgumentsException(name + ": " + e.getMessage());
    }
  }

  /** {@code days: expected int, got "three"}, with the path inside the parameter. */
  private static String describe(String name, JsonNode node, JsonMappingException e) {
    StringBuilder path = new StringBuilder(name);
    JsonNode at = node;
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append('.').append(ref.getFieldName());
        at = at == null ? null : at.get(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
        at = at == null ? null : at.get(ref.getIndex());
      }
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return path + ": expected " + typeName((Type) m.getTargetType()) + ", got " + describe(at);
    }
    return path + ": " + e.getOriginalMessage();
  }

  private static String typeName(Type type) {
    if (!(type instanceof Class<?> c)) {
      return type.getTypeName().replaceAll("[a-z0-9_$]+\\.", "");
    }
    return typeName(c);
  }

  private static String typeName(Class<?> type) {
    return type.isPrimitive() || type.getPackageName().startsWith("java.")
        ? type.getSimpleName()
        : type.getName().substring(type.getPackageName().length() + 1).replace('$', '.');
  }

  private static String describe(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isObject()) {
      return "an object";
    }
    if (node.isArray()) {
      return "an array";
    }
    String text = node.toString();
    return text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED) + "...";
  }
}
