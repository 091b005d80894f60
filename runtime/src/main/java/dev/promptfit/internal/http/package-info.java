/** Not API: the Retrofit service, OkHttp set-up and HTTP error mapping. */
@NullMarked
package dev.promptfit.internal.http;

import org.jspecify.annotations.NullMarked;
