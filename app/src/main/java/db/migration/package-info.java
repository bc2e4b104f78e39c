/** Flyway Java migrations for data that SQL alone cannot rewrite, with the helpers they share. */
@NullMarked
package db.migration;

import org.jspecify.annotations.NullMarked;
