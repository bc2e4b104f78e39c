/**
 * The results framework: indicators per program with a target and an actual per fiscal year,
 * actuals taken from the other modules' records through their APIs (or entered by hand and
 * reviewed), results pages per program and per country, and the results section of the public fact
 * sheet. It depends on the other modules' APIs; no module depends on it.
 */
@NullMarked
package org.kuzet.results;

import org.jspecify.annotations.NullMarked;
