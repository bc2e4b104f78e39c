/** Flyway Java migrations of the trafficking module's tables. */
@NullMarked
package db.migration.trafficking;

import org.jspecify.annotations.NullMarked;
