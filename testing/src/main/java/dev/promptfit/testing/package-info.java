/** Test support for code that uses Promptfit clients: {@link dev.promptfit.testing.FakeLlmServer}. */
@NullMarked
package dev.promptfit.testing;

import org.jspecify.annotations.NullMarked;
