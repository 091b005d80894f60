/** Not API: decoding Responses events and Chat chunks into stream events and replies. */
@NullMarked
package dev.promptfit.internal.stream;

import org.jspecify.annotations.NullMarked;
