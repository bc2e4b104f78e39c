/**
 * What leaves a case: the PDF case report, the goAML STR with its reporting entities and codes, and
 * the link charts with their flow traces.
 */
@NullMarked
package org.kuzet.finintel.internal.reports;

import org.jspecify.annotations.NullMarked;
