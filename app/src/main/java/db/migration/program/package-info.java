/** Flyway Java migrations of the program module's tables. */
@NullMarked
package db.migration.program;

import org.jspecify.annotations.NullMarked;
