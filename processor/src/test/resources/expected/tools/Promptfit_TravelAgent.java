package com.example.tools;

import com.example.tools.calc.Calculator;
import com.example.tools.calc.PromptfitTools_Calculator;
import dev.promptfit.internal.PromptInput;
import dev.promptfit.internal.PromptInvoker;
import dev.promptfit.internal.PromptMethod;
import dev.promptfit.internal.Types;
import java.util.stream.Stream;
import javax.annotation.processing.Generated;

/**
 * Implements {@link TravelAgent} by calling a {@link PromptInvoker}.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class Promptfit_TravelAgent implements TravelAgent {
  private static final PromptMethod<String> PLAN =
      PromptMethod.<String>builder("TravelAgent", "plan", String.class)
          .model("gpt-5-mini")
          .tools(PromptfitTools_WeatherTools.INSTANCE)
          .build();

  private static final PromptMethod<Stream<String>> ASK =
      PromptMethod.<Stream<String>>builder("TravelAgent", "ask",
          Types.parameterized(Stream.class, String.class))
          .model("gpt-5-mini")
          .tools(PromptfitTools_WeatherTools.INSTANCE, PromptfitTools_Calculator.INSTANCE)
          .build();

  private static final PromptMethod<String> CHAT =
      PromptMethod.<String>builder("TravelAgent", "chat", String.class)
          .model("gpt-5-mini")
          .build();

  private final PromptInvoker invoker;

  public Promptfit_TravelAgent(PromptInvoker invoker) {
    invoker.requireTools("TravelAgent", WeatherTools.class, Calculator.class);
    this.invoker = invoker;
  }

  @Override
  public String plan(String city) {
    return invoker.invoke(PLAN, PromptInput.builder()
        .text("Plan a day out in " + city + ".")
        .build());
  }

  @Override
  public Stream<String> ask(String question) {
    return invoker.invoke(ASK, PromptInput.builder()
        .text(String.valueOf(question))
        .build());
  }

  @Override
  public String chat(String message) {
    return invoker.invoke(CHAT, PromptInput.builder()
        .text(String.valueOf(message))
        .build());
  }
}
