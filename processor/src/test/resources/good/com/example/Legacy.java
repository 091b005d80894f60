package com.example;

import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Deprecated, nullable, varargs, and a generic superinterface with no prompts of its own. */
@Deprecated
@Model("gpt-5-mini")
public interface Legacy extends UnaryOperator<String> {

  @Deprecated
  @Prompt("{first} then {rest}")
  @SuppressWarnings("promptfit") // prints the array's identity; here only the signature matters
  String join(@Nullable String first, final String @Nullable ... rest);

  @Override
  default String apply(String text) {
    return join(text);
  }
}
