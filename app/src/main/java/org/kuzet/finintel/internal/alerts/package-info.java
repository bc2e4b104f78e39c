/**
 * The alert queue: detection and watchlist screening that file alerts, the queue with its filter,
 * triage (assign, comment, dismiss) and the alert reasons worded in the reader's language.
 */
@NullMarked
package org.kuzet.finintel.internal.alerts;

import org.jspecify.annotations.NullMarked;
