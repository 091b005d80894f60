package dev.promptfit.internal.stream;

import dev.promptfit.Reply;
import dev.promptfit.internal.request.ModelOutput;

/**
 * Not API. A non-streamed body, read: its reply, and what a tool loop sends back of it ({@link
 * ModelOutput#NONE} unless the call offers tools).
 */
public record ParsedReply(Reply reply, ModelOutput output) {}
