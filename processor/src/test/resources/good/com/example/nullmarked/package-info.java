/** A package with a package-info: an annotation on the package and Javadoc. */
@NullMarked
package com.example.nullmarked;

import org.jspecify.annotations.NullMarked;
