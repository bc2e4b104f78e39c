/** Flyway Java migrations of the finintel module's tables. */
@NullMarked
package db.migration.finintel;

import org.jspecify.annotations.NullMarked;
