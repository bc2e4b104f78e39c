/**
 * Imports of transaction files: upload, hashing and duplicate check, the background worker that
 * reads each format, stores rows and rejected rows, runs detection and screening, the progress of a
 * running import, failure codes, and the time zone each file was read in.
 */
@NullMarked
package org.kuzet.finintel.internal.imports;

import org.jspecify.annotations.NullMarked;
