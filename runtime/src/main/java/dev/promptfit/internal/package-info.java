/**
 * Not API: the contract between generated code and the runtime. Generated classes call {@link
 * dev.promptfit.internal.PromptInvoker} with {@link dev.promptfit.internal.PromptMethod}
 * descriptors; anything here may change in any release.
 */
@NullMarked
package dev.promptfit.internal;

import org.jspecify.annotations.NullMarked;
