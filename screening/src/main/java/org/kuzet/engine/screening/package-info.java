/** Watchlist name screening across Cyrillic and Latin scripts: plain Java, no Spring. */
@NullMarked
package org.kuzet.engine.screening;

import org.jspecify.annotations.NullMarked;
