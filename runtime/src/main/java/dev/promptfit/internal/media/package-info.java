/** Not API: what images and documents are, checked before any request carries them. */
@NullMarked
package dev.promptfit.internal.media;

import org.jspecify.annotations.NullMarked;
