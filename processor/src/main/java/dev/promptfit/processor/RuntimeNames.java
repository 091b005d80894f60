package dev.promptfit.processor;

/**
 * The names of the runtime's classes that the processor recognises or that generated code uses, in
 * one place: the processor does not have the runtime on its class path, so it knows them only by
 * name, and a rename in the runtime is a change here alone.
 */
public final class RuntimeNames {
  /** The runtime's public package. */
  public static final String API_PACKAGE = "dev.promptfit";

  /** The package of the contract between generated code and the runtime (not API). */
  public static final String INTERNAL_PACKAGE = "dev.promptfit.internal";

  /** The special parameter of per-call overrides. */
  public static final String CALL_OPTIONS = API_PACKAGE + ".CallOptions";

  /** The special parameter of a dialogue's earlier turns. */
  public static final String CONVERSATION = API_PACKAGE + ".Conversation";

  /** The special parameter of an image attached to the user message. */
  public static final String IMAGE = API_PACKAGE + ".Image";

  /** The special parameter of a document attached to the user message. */
  public static final String DOCUMENT = API_PACKAGE + ".Document";

  /** The blocking reply type. */
  public static final String REPLY = API_PACKAGE + ".Reply";

  /** The streamed reply type. */
  public static final String REPLY_STREAM = API_PACKAGE + ".ReplyStream";

  /** A typed answer with its reply. */
  public static final String RESULT = API_PACKAGE + ".Result";

  /** What generated classes call; the parameter of their one constructor. */
  public static final String PROMPT_INVOKER_SIMPLE = "PromptInvoker";

  /** A method's descriptor, one constant per method. */
  public static final String PROMPT_METHOD_SIMPLE = "PromptMethod";

  /** The rendered arguments of one call. */
  public static final String PROMPT_INPUT_SIMPLE = "PromptInput";

  /** Builds generic return types without reflection. */
  public static final String TYPES_SIMPLE = "Types";

  /** What a tool class's generated binder implements. */
  public static final String TOOL_BINDER_SIMPLE = "ToolBinder";

  /** One tool as the model sees it. */
  public static final String TOOL_DEFINITION_SIMPLE = "ToolDefinition";

  /** A bound tool call, ready to run. */
  public static final String TOOL_INVOCATION_SIMPLE = "ToolInvocation";

  /** A tool call's parsed arguments. */
  public static final String TOOL_ARGUMENTS_SIMPLE = "ToolArguments";

  /** Arguments that do not fit a tool's parameters. */
  public static final String TOOL_ARGUMENTS_EXCEPTION_SIMPLE = "ToolArgumentsException";

  /** A tool's return value as the text sent back. */
  public static final String TOOL_RESULTS_SIMPLE = "ToolResults";

  /** {@link #PROMPT_INVOKER_SIMPLE}, qualified. */
  public static final String PROMPT_INVOKER = INTERNAL_PACKAGE + "." + PROMPT_INVOKER_SIMPLE;

  private RuntimeNames() {}
}
