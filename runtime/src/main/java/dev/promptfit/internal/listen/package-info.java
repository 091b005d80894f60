/**
 * Not API: the dispatch of {@link dev.promptfit.PromptfitListener} events. {@link
 * dev.promptfit.internal.listen.Listeners} holds a client's listeners; each prompt call gets its
 * {@link dev.promptfit.internal.listen.CallEvents}, which the invoker, the turn and the retrying
 * HTTP call tell what happens, and which shields the call from a listener that throws.
 */
@NullMarked
package dev.promptfit.internal.listen;

import org.jspecify.annotations.NullMarked;
