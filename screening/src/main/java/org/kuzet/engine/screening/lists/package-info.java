/**
 * Readers for watchlist formats (UN consolidated XML, OFAC SDN CSV, national CSV), each mapping
 * into Watchlist.
 */
@NullMarked
package org.kuzet.engine.screening.lists;

import org.jspecify.annotations.NullMarked;
