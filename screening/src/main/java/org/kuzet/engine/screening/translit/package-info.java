/**
 * Romanisation: a Cyrillic name in each system officers meet (passport tables, BGN/PCGN, ALA-LC,
 * scholarly, ISO 9 and the GOST tables, the European languages' usage, the Ukrainian, Belarusian,
 * Kazakh, Uzbek and Tajik systems) and Latin back to Cyrillic; ICU4J where it has the transform,
 * cited tables elsewhere.
 */
@NullMarked
package org.kuzet.engine.screening.translit;

import org.jspecify.annotations.NullMarked;
