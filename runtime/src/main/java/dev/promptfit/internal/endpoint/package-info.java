/**
 * Not API: the two endpoints, each one object that owns its path, writes its request body, chooses
 * its stream decoder and parses its non-streamed reply. The endpoint of a call is chosen once, when
 * the call is made; nothing else switches on {@link dev.promptfit.annotation.Api}.
 */
@NullMarked
package dev.promptfit.internal.endpoint;

import org.jspecify.annotations.NullMarked;
