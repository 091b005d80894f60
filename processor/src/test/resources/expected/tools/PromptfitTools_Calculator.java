package com.example.tools.calc;

import dev.promptfit.internal.ToolArguments;
import dev.promptfit.internal.ToolArgumentsException;
import dev.promptfit.internal.ToolBinder;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.ToolInvocation;
import dev.promptfit.internal.ToolResults;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The tools of {@link Calculator}: their definitions, and the dispatcher of their calls.
 */
@Generated("dev.promptfit.processor.PromptfitProcessor")
public final class PromptfitTools_Calculator implements ToolBinder<Calculator> {
  public static final PromptfitTools_Calculator INSTANCE = new PromptfitTools_Calculator();

  private static final String ADD_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"integer\"}," +
      "\"b\":{\"type\":\"integer\"}},\"required\":[\"a\",\"b\"]," +
      "\"additionalProperties\":false}";

  private static final String ECHO_PARAMETERS =
      "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}," +
      "\"arguments\":{\"type\":\"string\"},\"tools\":{\"type\":\"string\"}," +
      "\"args\":{\"type\":\"string\"}},\"required\":[\"name\",\"arguments\"," +
      "\"tools\",\"args\"],\"additionalProperties\":false}";

  private static final List<ToolDefinition> DEFINITIONS =
      List.of(
          new ToolDefinition(
              "add",
              "Adds two numbers.",
              ADD_PARAMETERS),
          new ToolDefinition(
              "echo",
              "Names clash with the dispatcher's own locals, on purpose.",
              ECHO_PARAMETERS));

  private PromptfitTools_Calculator() {
  }

  @Override
  public Class<Calculator> toolClass() {
    return Calculator.class;
  }

  @Override
  public List<ToolDefinition> definitions() {
    return DEFINITIONS;
  }

  @Override
  public ToolInvocation bind(Calculator tools, String name, String arguments) throws
      ToolArgumentsException {
    ToolArguments args = ToolArguments.parse(arguments);
    switch (name) {
      case "add": {
        long a = args.get("a", long.class);
        long b = args.get("b", long.class);
        return () -> ToolResults.json(tools.add(a, b));
      }
      case "echo": {
        String name_ = args.get("name", String.class);
        String arguments_ = args.get("arguments", String.class);
        String tools_ = args.get("tools", String.class);
        String args_ = args.get("args", String.class);
        return () -> ToolResults.text(tools.echo(name_, arguments_, tools_, args_));
      }
      default:
        throw new IllegalArgumentException("Calculator has no tool " + name);
    }
  }
}
