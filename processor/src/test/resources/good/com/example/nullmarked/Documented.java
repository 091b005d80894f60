package com.example.nullmarked;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import org.jspecify.annotations.Nullable;

@Model("gpt-5-mini")
public interface Documented {
  @Prompt("Describe {thing} in {style} style")
  String describe(String thing, @Nullable String style);
}
