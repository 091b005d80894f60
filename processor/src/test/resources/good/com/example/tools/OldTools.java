package com.example.tools;

import dev.promptfit.annotation.Tool;

/**
 * Tools on their way out.
 *
 * @deprecated use {@link WeatherTools}
 */
@Deprecated
public class OldTools {
  /** The old lookup. */
  @Tool
  public String lookup(String city) {
    return city;
  }
}
