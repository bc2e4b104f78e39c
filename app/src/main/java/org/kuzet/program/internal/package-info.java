/** Storage, pages, exports, demo data and the public fact sheets of the program office. */
@NullMarked
package org.kuzet.program.internal;

import org.jspecify.annotations.NullMarked;
