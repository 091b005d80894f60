/**
 * Promptfit's public runtime API: {@link dev.promptfit.Promptfit} makes clients of annotated
 * interfaces; the reply types and exceptions are what those clients return and throw.
 */
@NullMarked
package dev.promptfit;

import org.jspecify.annotations.NullMarked;
