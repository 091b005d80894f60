/**
 * Not API: one prompt call. {@link dev.promptfit.internal.call.PromptfitInvoker} turns what the
 * generated code passes into an {@link dev.promptfit.internal.call.Invocation}; each start of it is
 * a {@link dev.promptfit.internal.call.Turn}, the events of every request the answer takes; each
 * request is an {@link dev.promptfit.internal.call.Exchange} over a retrying HTTP call.
 */
@NullMarked
package dev.promptfit.internal.call;

import org.jspecify.annotations.NullMarked;
