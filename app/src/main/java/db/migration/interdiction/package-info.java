/** Flyway Java migrations of the interdiction module's tables. */
@NullMarked
package db.migration.interdiction;

import org.jspecify.annotations.NullMarked;
