package dev.promptfit.internal.tool;

import dev.promptfit.StreamEvent;
import dev.promptfit.internal.ToolArgumentsException;
import dev.promptfit.internal.ToolBinder;
import dev.promptfit.internal.ToolDefinition;
import dev.promptfit.internal.ToolInvocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Not API. The tools one prompt method offers, each bound to its instance: their definitions for
 * the request, and the binding of a call by name. Built once per method and client.
 */
public final class Toolbox {
  private final Map<String, Tool> tools;
  private final List<ToolDefinition> definitions;

  private record Tool(ToolBinder<Object> binder, Object instance) {}

  private Toolbox(Map<String, Tool> tools, List<ToolDefinition> definitions) {
    this.tools = tools;
    this.definitions = List.copyOf(definitions);
  }

  /**
   * The tools of {@code binders}, bound to their instances.
   *
   * @throws IllegalStateException if an instance is missing or two tools share a name, which the
   *     processor and {@code create} rule out for generated code
   */
  @SuppressWarnings("unchecked") // the instance is of the binder's tool class, checked below
  public static Toolbox of(List<ToolBinder<?>> binders, ToolInstances instances) {
    Map<String, Tool> tools = new LinkedHashMap<>();
    List<ToolDefinition> definitions = new ArrayList<>();
    for (ToolBinder<?> binder : binders) {
      Object instance = instances.instanceOf(binder.toolClass());
      if (instance == null) {
        throw new IllegalStateException(
            "no instance of tool class "
                + binder.toolClass().getName()
                + " was given to Promptfit.create(...)");
      }
      for (ToolDefinition definition : binder.definitions()) {
        Tool previous =
            tools.put(definition.name(), new Tool((ToolBinder<Object>) binder, instance));
        if (previous != null) {
          throw new IllegalStateException(
              "two tools are named "
                  + definition.name()
                  + ", in "
                  + previous.binder().toolClass().getName()
                  + " and "
                  + binder.toolClass().getName());
        }
        definitions.add(definition);
      }
    }
    return new Toolbox(tools, definitions);
  }

  /** The definitions sent with each request, in the order listed. */
  public List<ToolDefinition> definitions() {
    return definitions;
  }

  /** Binds {@code call} to its tool: ready to run, or the reason it cannot run. */
  public BoundCall bind(StreamEvent.ToolCall call) {
    Tool tool = tools.get(call.name());
    if (tool == null) {
      return BoundCall.problem(
          call,
          "there is no tool named \""
              + call.name()
              + "\"; the tools are: "
              + String.join(", ", tools.keySet()));
    }
    try {
      ToolInvocation invocation = tool.binder().bind(tool.instance(), call.name(), call.arguments());
      return BoundCall.ready(call, invocation);
    } catch (ToolArgumentsException e) {
      return BoundCall.problem(
          call, "the arguments do not fit tool " + call.name() + ": " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "Toolbox" + tools.keySet();
  }
}
