/** Not API: the Server-Sent Events reader. */
@NullMarked
package dev.promptfit.internal.sse;

import org.jspecify.annotations.NullMarked;
