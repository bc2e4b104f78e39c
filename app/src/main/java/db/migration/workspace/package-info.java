/** Flyway Java migrations of the workspace module's tables. */
@NullMarked
package db.migration.workspace;

import org.jspecify.annotations.NullMarked;
