/**
 * Not API: tools at run time. {@link dev.promptfit.internal.tool.ToolInstances} holds what {@code
 * Promptfit.create} was given, {@link dev.promptfit.internal.tool.Toolbox} binds a method's tools to
 * them, and {@link dev.promptfit.internal.tool.ToolRound} runs the calls of one model response
 * concurrently; the loop over rounds is the turn's ({@code internal.call.ToolLoop}).
 */
@NullMarked
package dev.promptfit.internal.tool;

import org.jspecify.annotations.NullMarked;
