package com.example.tools;

import dev.promptfit.annotation.Description;
import dev.promptfit.annotation.Tool;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Weather lookups for the travel agent. */
public final class WeatherTools {
  /**
   * One day of a forecast.
   *
   * @param day the date
   * @param high the day's highest temperature, in degrees Celsius
   */
  public record Forecast(LocalDate day, double high, Sky sky) {}

  /** What the sky does. */
  public enum Sky {
    CLEAR,
    CLOUDY,
    RAIN
  }

  /** What the tools were called with, for tests. */
  public final List<String> calls = new ArrayList<>();

  /** Current temperature in a city, in degrees Celsius. Measured at noon. */
  @Tool
  public double temperature(String city, @Description("ISO 3166 country code") String country) {
    calls.add("temperature " + city + " " + country);
    return city.length() + 0.5;
  }

  /**
   * Not the description: {@code @Tool}'s value wins.
   *
   * @param days how many days, from tomorrow
   */
  @Tool(name = "forecast", value = "Daily forecast for the next days")
  public List<Forecast> forecastDays(String city, int days) {
    calls.add("forecast " + city + " " + days);
    List<Forecast> out = new ArrayList<>();
    for (int d = 1; d <= days; d++) {
      out.add(new Forecast(LocalDate.of(2026, 5, d), 20 + d, Sky.CLEAR));
    }
    return out;
  }

  /** Notes a remark, with an optional tag. */
  @Tool
  public String note(@Nullable String text, Optional<String> tag, List<Sky> skies) {
    calls.add("note " + text + " " + tag + " " + skies);
    return text == null ? null : text + tag.map(t -> " #" + t).orElse("");
  }

  @Tool("Forgets every note.")
  public void reset() throws IOException {
    calls.add("reset");
  }

  /** Not a tool. */
  public String helper() {
    return "not offered";
  }
}
