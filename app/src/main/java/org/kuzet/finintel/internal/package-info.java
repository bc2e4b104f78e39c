/**
 * The workbench's pages and API over the feature packages ({@code imports}, {@code alerts}, {@code
 * cases}, {@code reports} on the shared {@code ledger}), its search provider, home panels and the
 * figures other modules read. Features never depend on this package.
 */
@NullMarked
package org.kuzet.finintel.internal;

import org.jspecify.annotations.NullMarked;
