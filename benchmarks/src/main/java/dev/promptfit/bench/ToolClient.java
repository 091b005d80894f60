package dev.promptfit.bench;

import dev.promptfit.annotation.Api;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Tools;

/** The tool-loop benchmark's client; the processor writes its binder and implementation. */
@Model("gpt-5-mini")
@Tools(BenchTools.class)
public interface ToolClient {
  @Prompt("What is the weather in {city}?")
  String responses(String city);

  @Prompt("What is the weather in {city}?")
  @Model(value = "gpt-5-mini", api = Api.CHAT_COMPLETIONS)
  String chat(String city);
}
