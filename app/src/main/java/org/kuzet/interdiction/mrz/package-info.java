/** Reading the machine-readable zone of passports (ICAO 9303 TD3) and identity cards (TD1). */
@NullMarked
package org.kuzet.interdiction.mrz;

import org.jspecify.annotations.NullMarked;
