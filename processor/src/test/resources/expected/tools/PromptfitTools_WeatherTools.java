package com.example.tools;

import dev.promptfit.internal.ToolArguments;
import dev.promptfit.internal.ToolArgumentsException;
import dev.promptfit.internal.ToolBinder;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.ToolInvocation;
import dev.promptfit.internal.ToolResults;
import dev.promptfit.internal.Types;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * The tools of {@link WeatherTools}: their definitions, and the dispatcher of their calls.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class PromptfitTools_WeatherTools implements ToolBinder<WeatherTools> {
  public static final PromptfitTools_WeatherTools INSTANCE = new PromptfitTools_WeatherTools();

  private static final String TEMPERATURE_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}," +
      "\"country\":{\"type\":\"string\"," +
      "\"description\":\"ISO 3166 country code\"}},\"required\":[\"city\"," +
      "\"country\"],\"additionalProperties\":false}";

  private static final String FORECAST_DAYS_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}," +
      "\"days\":{\"type\":\"integer\"," +
      "\"description\":\"how many days, from tomorrow\"}}," +
      "\"required\":[\"city\",\"days\"],\"additionalProperties\":false}";

  private static final String NOTE_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{\"text\":{\"type\":[\"string\"," +
      "\"null\"]},\"tag\":{\"type\":[\"string\",\"null\"]}," +
      "\"skies\":{\"type\":\"array\",\"items\":{\"type\":\"string\"," +
      "\"description\":\"What the sky does.\",\"enum\":[\"CLEAR\",\"CLOUDY\"," +
      "\"RAIN\"]}}},\"required\":[\"text\",\"tag\",\"skies\"]," +
      "\"additionalProperties\":false}";

  private static final String RESET_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{},\"required\":[]," +
      "\"additionalProperties\":false}";

  private static final List<ToolDefinition> DEFINITIONS =
      List.of(
          new ToolDefinition(
              "temperature",
              "Current temperature in a city, in degrees Celsius.",
              TEMPERATURE_PARAMETERS),
          new ToolDefinition(
              "forecast",
              "Daily forecast for the next days",
              FORECAST_DAYS_PARAMETERS),
          new ToolDefinition(
              "note",
              "Notes a remark, with an optional tag.",
              NOTE_PARAMETERS),
          new ToolDefinition(
              "reset",
              "Forgets every note.",
              RESET_PARAMETERS));

  private PromptfitTools_WeatherTools() {
  }

  @Override
  public Class<WeatherTools> toolClass() {
    return WeatherTools.class;
  }

  @Override
  public List<ToolDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public ToolInvocation bind(WeatherTools tools, String name, String arguments) throws
      ToolArgumentsException {
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
        return () -> ToolResults.json(tools.forecastDays(city, days));
      }
      case "note": {
        String text = args.getNullable("text", String.class);
        Optional<String> tag = args.get("tag", Types.parameterized(Optional.class, String.class));
        List<WeatherTools.Sky> skies = args.get("skies",
            Types.parameterized(List.class, WeatherTools.Sky.class));
        return () -> ToolResults.text(tools.note(text, tag, skies));
      }
      case "reset": {
        return () -> {
          tools.reset();
          return ToolResults.OK;
        };
      }
      default:
        throw new IllegalArgumentException("WeatherTools has no tool " + name);
    }
  }
}
