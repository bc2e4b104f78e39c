/** Readers for watchlist formats (UN consolidated XML, OFAC SDN CSV, national CSV), each mapping into Watchlist. */
package org.kuzet.engine.screening.lists;
