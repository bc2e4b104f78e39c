/**
 * Inspections at the posts: the form, logging with screening and lookout checks, the record and its
 * hits, hit decisions, live alerts, rescreening when the lists change, and who may see which post,
 * alert and lookout.
 */
@NullMarked
package org.kuzet.interdiction.internal.inspection;

import org.jspecify.annotations.NullMarked;
