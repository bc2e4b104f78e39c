/** Vehicle plate normalisation across Cyrillic and Latin look-alike letters. */
@NullMarked
package org.kuzet.engine.screening.plates;

import org.jspecify.annotations.NullMarked;
