package dev.promptfit.internal.call;

import dev.promptfit.internal.conversation.ServerState;
import dev.promptfit.internal.http.LlmService;
import dev.promptfit.internal.http.Redactor;
import dev.promptfit.internal.http.RetryPolicy;
import dev.promptfit.internal.http.Timeouts;
import dev.promptfit.internal.listen.Listeners;
import dev.promptfit.internal.tool.ToolPolicy;
import java.util.concurrent.Executor;

/**
 * Not API. What every call of one {@code Promptfit} client shares.
 *
 * @param service the HTTP calls, through Retrofit
 * @param retryPolicy how failed attempts are retried
 * @param timeouts the headers, idle and whole-call limits
 * @param redactor keeps the key out of messages
 * @param executor runs asynchronous return types and tools; unbounded, so no per-host cap applies
 * @param listeners the client's {@code PromptfitListener}s
 * @param tools the limits of tool calls
 * @param serverState whether the server keeps response state, as far as the client learned
 * @param output how typed answers send their schema, and the modes learned per model
 */
public record CallContext(
    LlmService service,
    RetryPolicy retryPolicy,
    Timeouts timeouts,
    Redactor redactor,
    Executor executor,
    Listeners listeners,
    ToolPolicy tools,
    ServerState serverState,
    OutputModes output) {}
