package com.example;

import dev.promptfit.CallOptions;
import dev.promptfit.annotation.Model;
import dev.promptfit.annotation.Prompt;
import dev.promptfit.annotation.Var;

/**
 * Names that are keywords, contextual keywords or type names: a placeholder may be any Java
 * identifier, {class} included, and parameters may be named var, record, yield, sealed, permits,
 * or even String, which hides the class inside the generated method.
 */
@Model("gpt-5-mini")
public interface Keywords {

  @Prompt("{class} {new} {var} {record} {yield} {sealed} {permits} {enum}")
  String mix(
      @Var("class") String type,
      @Var("new") String fresh,
      String var,
      String record,
      String yield,
      String sealed,
      String permits,
      @Var("enum") String constant);

  @Prompt("{String}")
  String alone(int String);

  @Prompt("{String}{chars} and {int}")
  String hidden(int String, char[] chars, @Var("int") long number, CallOptions CallOptions);

  @Prompt("Yield {value}")
  String yield(String value);

  @Prompt("Record {value}")
  String record(String value);
}
