package dev.promptfit.example;

import dev.promptfit.annotation.Description;
import dev.promptfit.annotation.Tool;
import java.util.Locale;

/**
 * The example's tools. A stand-in for a weather service: its answers are made up from the city's
 * name, so the example's output is the same on every run.
 */
public final class WeatherTools {

  /** Current temperature in a city, in degrees Celsius. */
  @Tool
  public double temperature(String city, @Description("ISO 3166 country code") String country) {
    int seed = Math.floorMod((city + country).toLowerCase(Locale.ROOT).hashCode(), 200);
    return 5 + seed / 10.0;
  }

  /** Whether rain is expected in a city today. */
  @Tool
  public boolean rain(String city) {
    return Math.floorMod(city.toLowerCase(Locale.ROOT).hashCode(), 3) == 0;
  }
}
