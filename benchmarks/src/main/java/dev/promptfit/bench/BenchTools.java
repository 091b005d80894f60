package dev.promptfit.bench;

import dev.promptfit.annotation.Tool;

/** The tool of the tool-loop benchmark: answers at once, so only the loop is measured. */
public final class BenchTools {
  /** Current temperature in a city, in degrees Celsius. */
  @Tool
  public double temperature(String city, String country) {
    return city.length() + country.length() + 0.5;
  }
}
