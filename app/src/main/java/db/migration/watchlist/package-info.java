/** Flyway Java migrations of the watchlist module's tables. */
@NullMarked
package db.migration.watchlist;

import org.jspecify.annotations.NullMarked;
