/** Home page controller, stored panel arrangements and the built-in panels. */
@NullMarked
package org.kuzet.workspace.internal;

import org.jspecify.annotations.NullMarked;
