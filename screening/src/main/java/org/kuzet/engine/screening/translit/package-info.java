/** Cyrillic-to-Latin transliteration standards (ICAO 9303, BGN/PCGN, GOST 7.79, Kazakh Latin 2021) and Latin back to Cyrillic. */
package org.kuzet.engine.screening.translit;
