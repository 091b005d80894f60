package dev.promptfit;

import dev.promptfit.internal.ToolArguments;
import dev.promptfit.internal.ToolArgumentsException;
import dev.promptfit.internal.ToolBinder;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.ToolInvocation;
import dev.promptfit.internal.ToolResults;
import java.util.List;

/** Written by hand in the shape the processor generates for {@link TestTools}. */
public final class PromptfitTools_TestTools implements ToolBinder<TestTools> {
  public static final PromptfitTools_TestTools INSTANCE = new PromptfitTools_TestTools();

  private static final List<ToolDefinition> DEFINITIONS =
      List.of(
          new ToolDefinition(
              "temperature",
              "Current temperature in a city, in degrees Celsius.",
              "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
                  + "\"country\":{\"type\":\"string\",\"description\":\"ISO 3166 country code\"}},"
                  + "\"required\":[\"city\",\"country\"],\"additionalProperties\":false}"),
          new ToolDefinition(
              "forecast",
              "Daily forecast for the next days",
              "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},"
                  + "\"days\":{\"type\":\"integer\"}},\"required\":[\"city\",\"days\"],"
                  + "\"additionalProperties\":false}"),
          new ToolDefinition(
              "lookup",
              "",
              "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                  + "\"required\":[\"city\"],\"additionalProperties\":false}"),
          new ToolDefinition(
              "hold",
              "Waits for its latch.",
              "{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\"}},"
                  + "\"required\":[\"key\"],\"additionalProperties\":false}"),
          new ToolDefinition(
              "reset",
              "Nothing to return.",
              "{\"type\":\"object\",\"properties\":{},\"required\":[],"
                  + "\"additionalProperties\":false}"));

  private PromptfitTools_TestTools() {}

  @Override
  public Class<TestTools> toolClass() {
    return TestTools.class;
  }

  @Override
  public List<ToolDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public ToolInvocation bind(TestTools tools, String name, String arguments)
      throws ToolArgumentsException {
    ToolArguments args = ToolArguments.parse(arguments);
    switch (name) {
      case "temperature": {
        String city = args.get("city", String.class);
        String country = args.get("country", String.class);
        return () -> ToolResults.json(tools.temperature(city, country));
      }
      case "forecast": {
        String city = args.get("city", String.class);
        int days = args.get("days", int.class);
        return () -> ToolResults.json(tools.forecast(city, days));
      }
      case "lookup": {
        String city = args.get("city", String.class);
        return () -> ToolResults.text(tools.lookup(city));
      }
      case "hold": {
        String key = args.get("key", String.class);
        return () -> ToolResults.text(tools.hold(key));
      }
      case "reset": {
        return () -> {
          tools.reset();
          return ToolResults.OK;
        };
      }
      default:
        throw new IllegalArgumentException("TestTools has no tool " + name);
    }
  }
}
