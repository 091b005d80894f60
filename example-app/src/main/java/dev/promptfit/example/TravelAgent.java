package dev.promptfit.example;

import dev.promptfit.CallOptions;
import dev.promptfit.ReplyStream;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

/**
 * The example's tool loop: the model may call {@link WeatherTools}; Promptfit runs the calls, sends
 * the results back and asks again until the model answers.
 */
@Model("gpt-5-mini")
@Tools(WeatherTools.class)
public interface TravelAgent {

  /** Every event of the call: text deltas, each tool call and its result, the final reply. */
  @Prompt("Plan a day out in {city}, {country}. Check the weather first.")
  ReplyStream plan(String city, String country, CallOptions options);
}
