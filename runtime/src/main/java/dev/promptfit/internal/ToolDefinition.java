package dev.promptfit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Not API. One tool as the model sees it; every tool is sent with {@code strict: true}. The
 * schema is checked once, here, to be one JSON object, since it is written into request bodies as
 * it is.
 *
 * @param name what the model calls it by: letters, digits, {@code _} and {@code -}, 1 to 64
 * @param description what it does, or empty (then none is sent)
 * @param parameters the JSON schema of its arguments, an object in OpenAI's strict subset
 */
public record ToolDefinition(String name, String description, String parameters) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  public ToolDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(parameters, "parameters");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "tool name \"" + name + "\" must be 1 to 64 letters, digits, _ or -");
    }
    if (!isOneObject(parameters)) {
      throw new IllegalArgumentException(
          "the parameters of tool " + name + " are not one JSON object: " + parameters);
    }
  }

  private static boolean isOneObject(String json) {
    try (JsonParser parser = ToolJson.MAPPER.getFactory().createParser(json)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      parser.skipChildren();
      return parser.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }
}
