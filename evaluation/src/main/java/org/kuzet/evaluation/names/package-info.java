/**
 * Held-out watchlist-name screening queries: real listed people from the UN and OFAC lists, written
 * in the romanisation systems, name orders, abbreviations and misspellings that officers meet,
 * together with hard negatives that are not listed. The romanisation tables are written here from
 * the published standards, not taken from any screening engine.
 */
package org.kuzet.evaluation.names;
