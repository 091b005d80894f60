/**
 * Not API: the model's JSON answer to a typed method, turned into the method's Java value, whole
 * ({@link dev.promptfit.internal.output.TypedOutput#read}) or element by element as the text
 * streams in ({@link dev.promptfit.internal.output.ElementParser}), with every failure an {@link
 * dev.promptfit.OutputParseException} that names where it went wrong.
 */
@NullMarked
package dev.promptfit.internal.output;

import org.jspecify.annotations.NullMarked;
