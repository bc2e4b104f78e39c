/** Vehicle plate normalisation across Cyrillic and Latin look-alike letters. */
package org.kuzet.engine.screening.plates;
