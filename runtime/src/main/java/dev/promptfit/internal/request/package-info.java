/**
 * Not API: what one request asks, independent of the endpoint that will carry it. A request is a
 * list of {@link dev.promptfit.internal.request.Item}s, so earlier turns, tool calls and tool
 * results are more items, and a message is a list of content parts, so images and files are more
 * parts; each endpoint writes them in its own wire form.
 */
@NullMarked
package dev.promptfit.internal.request;

import org.jspecify.annotations.NullMarked;
