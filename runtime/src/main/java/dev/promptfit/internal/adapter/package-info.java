/** Not API: the Retrofit call adapters behind every supported return type. */
@NullMarked
package dev.promptfit.internal.adapter;

import org.jspecify.annotations.NullMarked;
