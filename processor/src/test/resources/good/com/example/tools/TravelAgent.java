package com.example.tools;

import com.example.tools.calc.Calculator;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;
import java.util.stream.Stream;

@Model("gpt-5-mini")
@Tools(WeatherTools.class)
public interface TravelAgent {
  @Prompt("Plan a day out in {city}.")
  String plan(String city);

  @Prompt("{question}")
  @Tools({WeatherTools.class, Calculator.class})
  Stream<String> ask(String question);

  @Prompt("{message}")
  @Tools({})
  String chat(String message);
}
