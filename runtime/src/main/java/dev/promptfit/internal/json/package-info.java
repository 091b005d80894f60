/** Not API: the shapes of error bodies servers send. */
@NullMarked
package dev.promptfit.internal.json;

import org.jspecify.annotations.NullMarked;
