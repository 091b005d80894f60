/**
 * Not API: the return types. A {@link dev.promptfit.internal.adapter.ReturnAdapter} is a shape
 * (blocking, future, {@code Stream}, {@code Flow.Publisher}, {@code ReplyStream}) that owns a
 * turn, combined with what comes out of it: an {@link dev.promptfit.internal.adapter.Answer} for
 * the one-value shapes, an {@link dev.promptfit.internal.adapter.ElementDecoder} for the element
 * shapes. {@link dev.promptfit.internal.adapter.ReturnAdapters} picks them by the method's return
 * type.
 */
@NullMarked
package dev.promptfit.internal.adapter;

import org.jspecify.annotations.NullMarked;
