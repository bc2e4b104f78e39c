/**
 * Seizure analytics and reporting: the dashboard with its map and charts, anonymised statistics for
 * partners, UNODC individual-seizure exports and annual report questionnaire totals.
 */
@NullMarked
package org.kuzet.interdiction.internal.analytics;

import org.jspecify.annotations.NullMarked;
