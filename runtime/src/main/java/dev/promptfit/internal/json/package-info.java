/** Not API: Jackson DTOs and body parsing. */
@NullMarked
package dev.promptfit.internal.json;

import org.jspecify.annotations.NullMarked;
