/** Watchlist name screening across Cyrillic and Latin scripts: plain Java, no Spring. */
package org.kuzet.engine.screening;
